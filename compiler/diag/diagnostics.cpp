#include "compiler/diag/diagnostics.h"

#include <fmt/format.h>

#include <limits>

namespace lys {

namespace {

// Marks files-less diagnostics: no location line, no caret.
constexpr FileId kNoFile = std::numeric_limits<FileId>::max();

const char* severity_name(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Note:
      return "note";
  }
  return "error";
}

// The caret line under `source`: '^' at the start column, '~' to the end of the
// span (clipped to the first line). Tabs are kept so the caret lines up.
std::string caret_line(std::string_view source, const SourceSpan& span) {
  std::string out;
  std::uint32_t begin = span.begin.column;
  for (std::uint32_t i = 0; i < begin && i < source.size(); ++i) {
    out += source[i] == '\t' ? '\t' : ' ';
  }
  if (begin > source.size()) out.append(begin - source.size(), ' ');
  out += '^';
  std::uint32_t end = span.end.line == span.begin.line ? span.end.column
                                                       : static_cast<std::uint32_t>(source.size());
  for (std::uint32_t i = begin + 1; i < end; ++i) out += '~';
  return out;
}

}  // namespace

void DiagnosticEngine::report(Diagnostic diagnostic) {
  if (diagnostic.severity == Severity::Error) ++error_count_;
  diagnostics_.push_back(std::move(diagnostic));
}

Diagnostic& DiagnosticEngine::error(SourceSpan span, std::string message) {
  report(Diagnostic{Severity::Error, span, std::move(message), {}});
  return diagnostics_.back();
}

Diagnostic& DiagnosticEngine::warning(SourceSpan span, std::string message) {
  report(Diagnostic{Severity::Warning, span, std::move(message), {}});
  return diagnostics_.back();
}

void DiagnosticEngine::error_without_location(std::string message) {
  SourceSpan nowhere;
  nowhere.file = kNoFile;
  report(Diagnostic{Severity::Error, nowhere, std::move(message), {}});
}

void add_note(Diagnostic& diagnostic, SourceSpan span, std::string message) {
  diagnostic.notes.push_back(Diagnostic{Severity::Note, span, std::move(message), {}});
}

std::string render(const Diagnostic& diagnostic, const SourceManager& sources) {
  std::string out;
  const SourceSpan& span = diagnostic.span;
  if (span.file == kNoFile || span.file >= sources.file_count()) {
    out = fmt::format("lysc: {}: {}\n", severity_name(diagnostic.severity), diagnostic.message);
  } else {
    std::string_view source = sources.line(span.file, span.begin.line);
    out = fmt::format("{}:{}:{}: {}: {}\n{}\n{}\n", sources.path(span.file), span.begin.line + 1,
                      span.begin.column + 1, severity_name(diagnostic.severity), diagnostic.message,
                      source, caret_line(source, span));
  }
  for (const Diagnostic& note : diagnostic.notes) out += render(note, sources);
  return out;
}

std::string render_all(const DiagnosticEngine& engine, const SourceManager& sources) {
  std::string out;
  for (const Diagnostic& diagnostic : engine.diagnostics()) out += render(diagnostic, sources);
  if (engine.error_count() > 1) out += fmt::format("{} errors generated.\n", engine.error_count());
  return out;
}

}  // namespace lys
