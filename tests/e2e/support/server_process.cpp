#include "support/server_process.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <thread>

extern char** environ;

namespace lys::e2e {

namespace {

// The parent's environment without LYS_* variables, plus `extra`.
std::vector<std::string> child_environment(const Environment& extra) {
  std::vector<std::string> entries;
  for (char** entry = environ; *entry != nullptr; ++entry) {
    if (std::strncmp(*entry, "LYS_", 4) != 0) entries.emplace_back(*entry);
  }
  for (const auto& [name, value] : extra) entries.push_back(name + "=" + value);
  return entries;
}

std::vector<char*> pointers(std::vector<std::string>& texts) {
  std::vector<char*> result;
  for (std::string& text : texts) result.push_back(text.data());
  result.push_back(nullptr);
  return result;
}

// Forks and execs; the child's stdout and stderr go to the given descriptors, and its
// stdin comes from `in_fd` unless it is -1.
pid_t spawn(const std::string& binary, const std::vector<std::string>& arguments,
            const Environment& environment, int out_fd, int err_fd, int in_fd = -1) {
  std::vector<std::string> argv_texts{binary};
  argv_texts.insert(argv_texts.end(), arguments.begin(), arguments.end());
  std::vector<std::string> env_texts = child_environment(environment);
  std::vector<char*> argv = pointers(argv_texts);
  std::vector<char*> envp = pointers(env_texts);
  pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork: " + std::string(std::strerror(errno)));
  if (pid == 0) {
    if (in_fd >= 0) dup2(in_fd, STDIN_FILENO);
    dup2(out_fd, STDOUT_FILENO);
    dup2(err_fd, STDERR_FILENO);
    execve(binary.c_str(), argv.data(), envp.data());
    _exit(127);
  }
  return pid;
}

int exit_code(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string read_fd(int fd) {
  std::string text;
  char buffer[4096];
  ssize_t got;
  while ((got = read(fd, buffer, sizeof buffer)) > 0)
    text.append(buffer, static_cast<std::size_t>(got));
  return text;
}

}  // namespace

CommandResult run_command(const std::string& binary, const std::vector<std::string>& arguments,
                          const Environment& environment, const std::optional<std::string>& input) {
  // Files, not pipes: no deadlock however much the command prints or reads.
  FILE* out = std::tmpfile();
  FILE* err = std::tmpfile();
  FILE* in = nullptr;
  if (input) {
    in = std::tmpfile();
    std::fwrite(input->data(), 1, input->size(), in);
    std::fflush(in);
    lseek(fileno(in), 0, SEEK_SET);
  }
  pid_t pid = spawn(binary, arguments, environment, fileno(out), fileno(err),
                    in != nullptr ? fileno(in) : -1);
  if (in != nullptr) std::fclose(in);
  int status = 0;
  waitpid(pid, &status, 0);
  CommandResult result;
  result.exit_code = exit_code(status);
  lseek(fileno(out), 0, SEEK_SET);
  lseek(fileno(err), 0, SEEK_SET);
  result.out = read_fd(fileno(out));
  result.err = read_fd(fileno(err));
  std::fclose(out);
  std::fclose(err);
  return result;
}

ServerProcess::ServerProcess(const std::string& binary, const std::vector<std::string>& arguments,
                             const Environment& environment,
                             std::chrono::milliseconds startup_timeout,
                             const std::string& stderr_file) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  int err_fd = STDERR_FILENO;
  if (!stderr_file.empty()) err_fd = open(stderr_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (err_fd < 0) throw std::runtime_error("cannot create " + stderr_file);
  pid_ = spawn(binary, arguments, environment, pipe_fds[1], err_fd);
  close(pipe_fds[1]);
  if (err_fd != STDERR_FILENO) close(err_fd);
  stdout_fd_ = pipe_fds[0];

  std::string output;
  auto deadline = std::chrono::steady_clock::now() + startup_timeout;
  while (output.find('\n') == std::string::npos) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    pollfd poll_fd{stdout_fd_, POLLIN, 0};
    if (left.count() <= 0 || poll(&poll_fd, 1, static_cast<int>(left.count())) <= 0) {
      throw std::runtime_error("the server printed no listening line in time");
    }
    char buffer[256];
    ssize_t got = read(stdout_fd_, buffer, sizeof buffer);
    if (got <= 0) throw std::runtime_error("the server exited before listening: '" + output + "'");
    output.append(buffer, static_cast<std::size_t>(got));
  }
  listening_line_ = output.substr(0, output.find('\n'));
  output_after_listening_ = output.substr(output.find('\n') + 1);
  constexpr std::string_view kPrefix = "listening on http://";
  std::size_t colon = listening_line_.rfind(':');
  if (!listening_line_.starts_with(kPrefix) || colon == std::string::npos) {
    throw std::runtime_error("unexpected first line: '" + listening_line_ + "'");
  }
  port_ = std::stoi(listening_line_.substr(colon + 1));
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
  }
  if (stdout_fd_ >= 0) close(stdout_fd_);
}

int ServerProcess::terminate(std::chrono::milliseconds timeout) {
  kill(pid_, SIGTERM);
  auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() >= deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      pid_ = -1;
      return -1;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  pid_ = -1;
  return exit_code(status);
}

std::string ServerProcess::remaining_output() {
  return output_after_listening_ + read_fd(stdout_fd_);
}

}  // namespace lys::e2e
