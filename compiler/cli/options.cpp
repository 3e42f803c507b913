#include "compiler/cli/options.h"

#include <map>
#include <string_view>

namespace lys::cli {

namespace {

const std::map<std::string_view, Command>& command_names() {
  static const std::map<std::string_view, Command> names{
      {"check", Command::Check}, {"build", Command::Build}, {"sdl", Command::Sdl},
      {"fmt", Command::Fmt},     {"help", Command::Help},
  };
  return names;
}

ParseResult failure(std::string message) { return ParseResult{std::nullopt, std::move(message)}; }

}  // namespace

ParseResult parse_arguments(const std::vector<std::string>& args) {
  Options options;
  if (args.empty()) return failure("missing command");
  std::size_t i = 0;
  std::string_view command = args[i++];
  if (command == "-h" || command == "--help") return ParseResult{options, {}};
  if (command == "--version") {
    options.command = Command::Version;
    return ParseResult{options, {}};
  }
  if (command == "migrate") {
    if (i >= args.size() || args[i] != "diff") return failure("expected 'migrate diff'");
    ++i;
    options.command = Command::MigrateDiff;
  } else if (auto it = command_names().find(command); it != command_names().end()) {
    options.command = it->second;
  } else {
    return failure("unknown command '" + std::string(command) + "'");
  }

  // Options that take a value, and where it goes.
  const std::map<std::string_view, std::string*> valued{
      {"-o", &options.output_dir},
      {"--output", &options.output_dir},
      {"--migrations", &options.migrations_dir},
      {"--name", &options.migration_name},
  };
  for (; i < args.size(); ++i) {
    std::string_view arg = args[i];
    if (arg == "-h" || arg == "--help") {
      options.command = Command::Help;
      return ParseResult{options, {}};
    }
    if (auto it = valued.find(arg); it != valued.end()) {
      if (i + 1 >= args.size()) return failure("option '" + std::string(arg) + "' needs a value");
      *it->second = args[++i];
    } else if (arg == "--allow-destructive" && options.command == Command::MigrateDiff) {
      options.allow_destructive = true;
    } else if (arg == "--check" && options.command == Command::Fmt) {
      options.check_only = true;
    } else if (arg.size() > 1 && arg.front() == '-') {
      return failure("unknown option '" + std::string(arg) + "'");
    } else {
      options.inputs.emplace_back(arg);
    }
  }

  if (options.command == Command::Help) return ParseResult{options, {}};
  if (options.inputs.empty()) return failure("no input files or directories");
  if (options.command == Command::Build && options.output_dir.empty()) {
    return failure("build needs an output directory (-o DIR)");
  }
  if (options.command != Command::Build && !options.output_dir.empty()) {
    return failure("-o is only for build");
  }
  if (options.command == Command::MigrateDiff) {
    if (options.migrations_dir.empty()) return failure("migrate diff needs --migrations DIR");
    if (options.migration_name.empty()) return failure("migrate diff needs --name NAME");
  } else if (!options.migrations_dir.empty() || !options.migration_name.empty()) {
    return failure("--migrations and --name are only for migrate diff");
  }
  return ParseResult{options, {}};
}

const char* usage_text() {
  return R"(usage: lysc <command> [options] <schema files or directories>...

Compiles .lys schemas into GraphQL SDL, SQL for PostgreSQL and SQLite, and migrations.
Directories are searched recursively for *.lys files, taken in path order.

commands:
  check                  check the schemas and print diagnostics
  build -o DIR           write every output under DIR: schema.graphql, schema.json
                         (the IR snapshot), sql/postgres/schema.sql, sql/sqlite/schema.sql
  sdl                    print the GraphQL SDL
  fmt [--check]          rewrite the files in the canonical layout; with --check, change
                         nothing and list the files that are not formatted
  migrate diff --migrations DIR --name NAME [--allow-destructive]
                         write the next migration (one per dialect, up and down) from the
                         difference between the last snapshot in DIR and the schemas;
                         changes that lose data are refused unless --allow-destructive

options:
  -h, --help             show this help
  --version              show the version

exit status: 0 success, 1 errors in the schemas (or unformatted files with fmt --check),
2 usage errors or unreadable files. See lysc(1) and lys(5).
)";
}

}  // namespace lys::cli
