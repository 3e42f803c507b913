// Diagnostics as data: produced by the parser and semantic analysis, collected by
// an injected engine, rendered gcc-style (file:line:col: error: message, the source
// line and a caret) only at the edge (lysc's main, tests).
#pragma once

#include <string>
#include <vector>

#include "compiler/diag/source_manager.h"
#include "compiler/diag/source_span.h"

namespace lys {

enum class Severity { Error, Warning, Note };

struct Diagnostic {
  Severity severity = Severity::Error;
  SourceSpan span;
  std::string message;
  // Follow-up notes, e.g. "previous definition is here", printed after the error.
  std::vector<Diagnostic> notes;
};

class DiagnosticEngine {
 public:
  void report(Diagnostic diagnostic);
  Diagnostic& error(SourceSpan span, std::string message);
  Diagnostic& warning(SourceSpan span, std::string message);

  // Diagnostics without a source position (a file that cannot be read, a bad snapshot).
  void error_without_location(std::string message);

  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  std::size_t error_count() const { return error_count_; }
  bool has_errors() const { return error_count_ > 0; }

 private:
  std::vector<Diagnostic> diagnostics_;
  std::size_t error_count_ = 0;
};

// Adds a note to a diagnostic, e.g. `note(d, other.span, "previous definition is here")`.
void add_note(Diagnostic& diagnostic, SourceSpan span, std::string message);

// Renders one diagnostic (and its notes) with source lines and carets.
std::string render(const Diagnostic& diagnostic, const SourceManager& sources);
// Renders all diagnostics in report order, followed by "N errors generated." when N > 1.
std::string render_all(const DiagnosticEngine& engine, const SourceManager& sources);

}  // namespace lys
