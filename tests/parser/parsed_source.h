// Test helper: parses in-memory text or an example schema and keeps what the parse
// produced (the tree, the diagnostics) together with the sources they point into.
#pragma once

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"
#include "compiler/parse/parse.h"

namespace lys::testing {

struct ParsedSource {
  SourceManager sources;
  DiagnosticEngine diagnostics;
  ast::File tree;

  std::vector<std::string> messages() const {
    std::vector<std::string> out;
    for (const Diagnostic& diagnostic : diagnostics.diagnostics())
      out.push_back(diagnostic.message);
    return out;
  }
};

inline void parse_into(ParsedSource& parsed, std::string path, std::string text) {
  FileId file = parsed.sources.add(std::move(path), std::move(text));
  parsed.tree = parse_file(parsed.sources, file, parsed.diagnostics);
}

inline std::string read_schema(const std::string& name) {
  std::ifstream in(std::string(LYS_SOURCE_DIR) + "/schemas/" + name);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// 0-based line and column, as stored.
inline SourcePos pos(std::uint32_t line, std::uint32_t column) {
  return SourcePos{line, column};
}

}  // namespace lys::testing
