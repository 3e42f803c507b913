// Reading a new password for the command line: from standard input as it is piped
// (--password-stdin), or typed at the terminal with echo off, twice.
#pragma once

#include <string>

namespace lys::server {

// All of standard input without its final line break. Throws std::runtime_error on a
// read error.
std::string read_password_stdin();

// Prompts on the terminal (/dev/tty) with echo off and asks again to confirm. Throws
// std::runtime_error when there is no terminal or the two entries differ.
std::string prompt_new_password();

}  // namespace lys::server
