// lysc's command line, parsed into a value (no I/O here, so it is unit-testable).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lys::cli {

enum class Command { Check, Build, Sdl, Fmt, MigrateDiff, Help, Version };

struct Options {
  Command command = Command::Help;
  std::vector<std::string> inputs;  // .lys files or directories
  std::string output_dir;           // build: -o / --output
  std::string migrations_dir;       // migrate diff: --migrations
  std::string migration_name;       // migrate diff: --name
  bool allow_destructive = false;   // migrate diff
  bool check_only = false;          // fmt --check
};

struct ParseResult {
  std::optional<Options> options;
  std::string error;  // set when options is empty: what was wrong with the command line
};

ParseResult parse_arguments(const std::vector<std::string>& args);

// The text of `lysc --help`.
const char* usage_text();

}  // namespace lys::cli
