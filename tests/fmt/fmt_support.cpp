#include "fmt_support.h"

#include <fstream>
#include <sstream>

#include "compiler/fmt/format.h"
#include "compiler/parse/parse.h"

namespace lys::testing {

Parsed parse_text(const std::string& text) {
  Parsed parsed;
  FileId id = parsed.sources.add("input.lys", text);
  DiagnosticEngine diagnostics;
  parsed.file = parse_file(parsed.sources, id, diagnostics);
  parsed.errors = render_all(diagnostics, parsed.sources);
  return parsed;
}

std::string format_text(const std::string& text) {
  Parsed parsed = parse_text(text);
  if (!parsed.errors.empty()) return "parse errors:\n" + parsed.errors;
  return format_file(parsed.file, parsed.sources);
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

}  // namespace lys::testing
