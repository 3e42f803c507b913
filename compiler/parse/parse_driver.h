// The state of one parse: the scanner, the position it has reached, doc comments
// waiting for their declaration, and the tree being built. The scanner (lys.l) and
// the parser (lys.y) reach it through %param and yyextra; nothing is global.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"

namespace lys {

class ParseDriver {
 public:
  ParseDriver(const SourceManager& sources, FileId file, DiagnosticEngine& diagnostics);
  ParseDriver(const ParseDriver&) = delete;
  ParseDriver& operator=(const ParseDriver&) = delete;

  ast::File parse();

  // --- for the scanner
  // Moves the position over the text of the token just matched.
  void advance(const char* text, std::size_t length);
  // The span of the token just matched; attaches pending doc comment lines to it.
  SourceSpan token_span();
  void doc_line(std::string_view text);
  void comment(std::string_view text);
  void invalid_character(std::string_view text);
  void* scanner() const { return scanner_; }

  // --- for the parser
  ast::File& file() { return file_; }
  // The doc comment written right before the token at `where`, if any (taken once).
  std::string take_doc(const SourceSpan& where);
  void syntax_error(const SourceSpan& where, const std::string& message);
  DiagnosticEngine& diagnostics() { return diagnostics_; }

 private:
  const SourceManager& sources_;
  FileId file_id_;
  DiagnosticEngine& diagnostics_;
  ast::File file_;
  void* scanner_ = nullptr;

  SourcePos position_;                         // where the next token starts
  SourceSpan last_token_;                      // the token just matched
  std::uint32_t last_code_line_ = UINT32_MAX;  // line where the last real token ended
  std::string pending_doc_;
  std::map<SourcePos, std::string> docs_;  // doc text by the position of the token after it
};

}  // namespace lys
