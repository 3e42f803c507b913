#include "server/password_prompt.h"

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <stdexcept>

namespace lys::server {

namespace {

void drop_line_break(std::string& text) {
  if (!text.empty() && text.back() == '\n') text.pop_back();
  if (!text.empty() && text.back() == '\r') text.pop_back();
}

// The terminal with echo off for as long as it lives.
class EchoOff {
 public:
  explicit EchoOff(int terminal) : terminal_(terminal) {
    if (tcgetattr(terminal_, &saved_) != 0) throw std::runtime_error("cannot read the terminal");
    termios quiet = saved_;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(terminal_, TCSAFLUSH, &quiet);
  }
  EchoOff(const EchoOff&) = delete;
  EchoOff& operator=(const EchoOff&) = delete;
  ~EchoOff() { tcsetattr(terminal_, TCSAFLUSH, &saved_); }

 private:
  int terminal_;
  termios saved_{};
};

std::string read_hidden_line(int terminal, const char* prompt) {
  std::string line;
  (void)!write(terminal, prompt, std::char_traits<char>::length(prompt));
  {
    EchoOff echo_off(terminal);
    char c = 0;
    while (read(terminal, &c, 1) == 1 && c != '\n') line += c;
  }
  (void)!write(terminal, "\n", 1);
  drop_line_break(line);
  return line;
}

}  // namespace

std::string read_password_stdin() {
  std::string text(std::istreambuf_iterator<char>(std::cin), {});
  if (std::cin.bad()) throw std::runtime_error("cannot read the password from standard input");
  drop_line_break(text);
  return text;
}

std::string prompt_new_password() {
  int terminal = open("/dev/tty", O_RDWR | O_CLOEXEC);
  if (terminal < 0) {
    throw std::runtime_error(
        "no terminal to ask for the password on: pipe it with --password-stdin");
  }
  std::string password;
  std::string again;
  try {
    password = read_hidden_line(terminal, "Password: ");
    again = read_hidden_line(terminal, "Password (again): ");
  } catch (...) {
    close(terminal);
    throw;
  }
  close(terminal);
  if (password != again) throw std::runtime_error("the two passwords differ");
  return password;
}

}  // namespace lys::server
