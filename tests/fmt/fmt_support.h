// Parsing and formatting text in memory for the fmt tests.
#pragma once

#include <string>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"

namespace lys::testing {

struct Parsed {
  SourceManager sources;
  ast::File file;
  std::string errors;  // rendered diagnostics; empty when the text parsed cleanly
};

Parsed parse_text(const std::string& text);
// Parses and formats `text`; the errors of the parse, if any, instead of the result.
std::string format_text(const std::string& text);
std::string read_text(const std::string& path);

}  // namespace lys::testing
