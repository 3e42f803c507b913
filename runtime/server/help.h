// The --help texts of the server's commands.
#pragma once

#include <string>
#include <string_view>

#include "server/config.h"

namespace lys::server {

std::string program_help(std::string_view program);
std::string command_help(std::string_view program, Command command);

}  // namespace lys::server
