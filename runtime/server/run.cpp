#include <fmt/format.h>

#include <cstdio>
#include <exception>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "lys/server/server.h"
#include "server/commands.h"
#include "server/help.h"

namespace lys::server {

namespace {

std::optional<Command> parse_command(std::string_view name) {
  if (name == "serve") return kServe;
  if (name == "migrate") return kMigrate;
  if (name == "fixtures") return kFixtures;
  if (name == "schema") return kSchema;
  if (name == "users") return kUsers;
  return std::nullopt;
}

bool wants_help(const std::vector<std::string>& arguments) {
  for (const std::string& argument : arguments) {
    if (argument == "--help" || argument == "-h") return true;
  }
  return false;
}

bool is_count(const std::string& text) {
  return !text.empty() && text.size() <= 6 &&
         text.find_first_not_of("0123456789") == std::string::npos && std::stoi(text) > 0;
}

// The operands each command accepts; throws UsageError otherwise.
void check_operands(Command command, const std::vector<std::string>& operands) {
  auto unexpected = [&](std::size_t from) {
    if (operands.size() > from) {
      throw UsageError(fmt::format("unexpected argument '{}'", operands[from]));
    }
  };
  switch (command) {
    case kServe:
    case kSchema:
      unexpected(0);
      return;
    case kUsers:
      if (operands.empty() || operands[0] != "create-admin") {
        throw UsageError("expected 'users create-admin'");
      }
      unexpected(1);
      return;
    case kFixtures:
      if (operands.empty() || operands[0] != "load") {
        throw UsageError("expected 'fixtures load'");
      }
      unexpected(1);
      return;
    case kMigrate:
      if (operands.empty()) throw UsageError("expected 'up', 'down', 'status' or 'history'");
      if (operands[0] == "down") {
        if (operands.size() > 1 && !is_count(operands[1])) {
          throw UsageError(
              fmt::format("invalid count '{}': expected a positive number", operands[1]));
        }
        unexpected(2);
        return;
      }
      if (operands[0] != "up" && operands[0] != "status" && operands[0] != "history") {
        throw UsageError(fmt::format("unknown migrate action '{}'", operands[0]));
      }
      unexpected(1);
      return;
  }
}

int run_command(Command command, const Config& config, const std::vector<std::string>& operands,
                const AdminRequest& admin, const model::Model& model,
                const api::ExternRegistry& externs) {
  switch (command) {
    case kServe:
      return serve(config, model, externs);
    case kMigrate:
      return migrate(config, operands);
    case kFixtures:
      return load_fixtures(config, model);
    case kSchema:
      std::fwrite(model.sdl.data(), 1, model.sdl.size(), stdout);
      return kExitOk;
    case kUsers:
      return create_admin(config, admin);
  }
  return kExitUsage;
}

}  // namespace

int run(int argc, char** argv, const model::Model& model, const api::ExternRegistry& externs) {
  std::string program =
      argc > 0 ? std::filesystem::path(argv[0]).filename().string() : std::string("server");
  std::vector<std::string> arguments(argv + std::min(argc, 2), argv + argc);
  std::string first = argc > 1 ? argv[1] : "";
  if (first == "--help" || first == "-h" || first == "help") {
    std::fputs(program_help(program).c_str(), stdout);
    return kExitOk;
  }
  std::optional<Command> command = parse_command(first);
  if (!command) {
    std::string problem =
        first.empty() ? "missing command" : fmt::format("unknown command '{}'", first);
    std::fprintf(stderr, "%s: %s\n\n%s", program.c_str(), problem.c_str(),
                 program_help(program).c_str());
    return kExitUsage;
  }
  if (wants_help(arguments)) {
    std::fputs(command_help(program, *command).c_str(), stdout);
    return kExitOk;
  }

  Config config;
  std::vector<std::string> operands;
  AdminRequest admin;
  try {
    if (*command == kUsers) admin = take_admin_flags(arguments);
    operands = configure(config, *command, arguments);
    check_operands(*command, operands);
    if (*command == kUsers) check_admin_request(admin);
  } catch (const UsageError& error) {
    std::fprintf(stderr, "%s %s: %s\nRun '%s %s --help' for usage.\n", program.c_str(),
                 first.c_str(), error.what(), program.c_str(), first.c_str());
    return kExitUsage;
  }

  try {
    return run_command(*command, config, operands, admin, model, externs);
  } catch (const std::exception& error) {
    std::fprintf(stderr, "%s %s: %s\n", program.c_str(), first.c_str(), error.what());
    return kExitFailed;
  }
}

}  // namespace lys::server
