#include "compiler/frontend/compile.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "compiler/parse/parse.h"
#include "compiler/sema/analyze.h"

namespace lys::frontend {

namespace fs = std::filesystem;

std::vector<std::string> find_schema_files(const std::vector<std::string>& inputs,
                                           DiagnosticEngine& diagnostics) {
  std::vector<std::string> files;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (fs::is_directory(input, error)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(input, error), end; !error && it != end;
           it.increment(error)) {
        if (it->is_regular_file(error) && it->path().extension() == ".lys") {
          found.push_back(it->path().generic_string());
        }
      }
      if (error) diagnostics.error_without_location("cannot read " + input + ": " + error.message());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(input, error)) {
      files.push_back(input);
    } else {
      diagnostics.error_without_location("no such file or directory: " + input);
    }
  }
  return files;
}

std::vector<ast::File> parse_files(const std::vector<std::string>& paths, SourceManager& sources,
                                   DiagnosticEngine& diagnostics) {
  std::vector<ast::File> trees;
  for (const std::string& path : paths) {
    std::optional<FileId> file = sources.load(path);
    if (!file) {
      diagnostics.error_without_location("cannot read " + path);
      continue;
    }
    trees.push_back(parse_file(sources, *file, diagnostics));
  }
  return trees;
}

std::optional<ir::Schema> compile(const std::vector<std::string>& inputs, SourceManager& sources,
                                  DiagnosticEngine& diagnostics) {
  std::vector<std::string> paths = find_schema_files(inputs, diagnostics);
  if (paths.empty() && !diagnostics.has_errors()) {
    diagnostics.error_without_location("no .lys files found");
  }
  std::vector<ast::File> trees = parse_files(paths, sources, diagnostics);
  if (diagnostics.has_errors()) return std::nullopt;
  return sema::analyze(trees, diagnostics);
}

}  // namespace lys::frontend
