// Runs the server binary as a child process, with a clean environment (no LYS_*
// variable of the test's own environment leaks in) plus the variables a test gives.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lys::e2e {

using Environment = std::vector<std::pair<std::string, std::string>>;

struct CommandResult {
  int exit_code = -1;  // -1: killed by a signal
  std::string out;
  std::string err;
};

// Runs `binary arguments…` to completion, capturing its output; `input`, when given,
// is its standard input.
CommandResult run_command(const std::string& binary, const std::vector<std::string>& arguments,
                          const Environment& environment = {},
                          const std::optional<std::string>& input = std::nullopt);

// A running `serve`: started with --port 0, ready once it prints its listening line.
class ServerProcess {
 public:
  // Throws std::runtime_error when the server exits or says nothing within the timeout.
  // Its stderr goes to `stderr_file` when given, else to the test's own.
  ServerProcess(const std::string& binary, const std::vector<std::string>& arguments,
                const Environment& environment,
                std::chrono::milliseconds startup_timeout = std::chrono::seconds(30),
                const std::string& stderr_file = "");
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;
  ~ServerProcess();  // kills it if still running

  int port() const { return port_; }
  const std::string& listening_line() const { return listening_line_; }

  // Sends SIGTERM and waits for the exit code (-1 if it had to be killed).
  int terminate(std::chrono::milliseconds timeout = std::chrono::seconds(30));
  // After terminate: what the server printed on stdout after its listening line.
  std::string remaining_output();

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  int port_ = 0;
  std::string listening_line_;
  std::string output_after_listening_;
};

}  // namespace lys::e2e
