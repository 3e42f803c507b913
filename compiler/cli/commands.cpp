#include "compiler/cli/commands.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "compiler/cli/build_output.h"
#include "compiler/cli/options.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/emit/all_generators.h"
#include "compiler/emit/graphql/sdl_generator.h"
#include "compiler/fmt/format.h"
#include "compiler/frontend/compile.h"
#include "compiler/migrate/migration_writer.h"

namespace lys::cli {

namespace {

constexpr int kOk = 0;
constexpr int kSchemaErrors = 1;
constexpr int kUsageError = 2;

// Diagnostics go to stderr; any error is an error in the schemas (or in what the
// schemas would do to the database, for migrate diff).
int finish(const DiagnosticEngine& diagnostics, const SourceManager& sources) {
  std::cerr << render_all(diagnostics, sources);
  return diagnostics.has_errors() ? kSchemaErrors : kOk;
}

// Inputs that do not exist are a usage error, told apart from errors in the schemas.
bool inputs_exist(const Options& options) {
  for (const std::string& input : options.inputs) {
    std::error_code error;
    if (!std::filesystem::exists(input, error)) {
      std::cerr << "lysc: error: no such file or directory: " << input << "\n";
      return false;
    }
  }
  return true;
}

int check(const Options& options) {
  SourceManager sources;
  DiagnosticEngine diagnostics;
  frontend::compile(options.inputs, sources, diagnostics);
  return finish(diagnostics, sources);
}

int build(const Options& options) {
  SourceManager sources;
  DiagnosticEngine diagnostics;
  std::optional<ir::Schema> schema = frontend::compile(options.inputs, sources, diagnostics);
  if (!schema) return finish(diagnostics, sources);
  write_build_output(options.output_dir, emit::generate_all(*schema));
  return finish(diagnostics, sources);
}

int sdl(const Options& options) {
  SourceManager sources;
  DiagnosticEngine diagnostics;
  std::optional<ir::Schema> schema = frontend::compile(options.inputs, sources, diagnostics);
  if (schema) std::cout << emit::render_sdl(*schema);
  return finish(diagnostics, sources);
}

int format(const Options& options) {
  SourceManager sources;
  DiagnosticEngine diagnostics;
  std::vector<std::string> paths = frontend::find_schema_files(options.inputs, diagnostics);
  std::vector<ast::File> trees = frontend::parse_files(paths, sources, diagnostics);
  // A file with syntax errors is never rewritten: its tree is incomplete.
  if (diagnostics.has_errors()) return finish(diagnostics, sources);
  int status = kOk;
  for (const ast::File& tree : trees) {
    std::string formatted = format_file(tree, sources);
    if (formatted == sources.text(tree.file)) continue;
    const std::string& path = sources.path(tree.file);
    if (options.check_only) {
      std::cout << path << "\n";
      status = kSchemaErrors;
      continue;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << formatted;
    if (!out) throw std::runtime_error("cannot write " + path);
  }
  return status;
}

int migrate_diff(const Options& options) {
  SourceManager sources;
  DiagnosticEngine diagnostics;
  std::optional<ir::Schema> schema = frontend::compile(options.inputs, sources, diagnostics);
  if (!schema) return finish(diagnostics, sources);
  migrate::DiffOptions diff{options.migrations_dir, options.migration_name,
                            options.allow_destructive};
  std::optional<migrate::DiffOutcome> outcome =
      migrate::write_next_migration(*schema, diff, diagnostics);
  if (outcome && !outcome->changed) std::cout << "no changes: no migration written\n";
  if (outcome) {
    for (const std::string& path : outcome->written) std::cout << "wrote " << path << "\n";
  }
  return finish(diagnostics, sources);
}

}  // namespace

int run(int argc, char** argv) {
  ParseResult parsed = parse_arguments(std::vector<std::string>(argv + 1, argv + argc));
  if (!parsed.options) {
    std::cerr << "lysc: " << parsed.error << "\n" << "Try 'lysc --help'.\n";
    return kUsageError;
  }
  const Options& options = *parsed.options;
  if (!inputs_exist(options)) return kUsageError;
  try {
    switch (options.command) {
      case Command::Help: std::cout << usage_text(); return kOk;
      case Command::Version: std::cout << "lysc " << LYS_VERSION << "\n"; return kOk;
      case Command::Check: return check(options);
      case Command::Build: return build(options);
      case Command::Sdl: return sdl(options);
      case Command::Fmt: return format(options);
      case Command::MigrateDiff: return migrate_diff(options);
    }
  } catch (const std::exception& error) {
    std::cerr << "lysc: error: " << error.what() << "\n";
    return kUsageError;
  }
  return kUsageError;
}

}  // namespace lys::cli
