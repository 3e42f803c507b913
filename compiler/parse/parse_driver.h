// The state of one parse: the scanner, the position it has reached, doc comments
// waiting for their declaration, and the tree being built. The scanner (lys.l) and
// the parser (lys.y) reach it through %param and yyextra; nothing is global.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"
#include "compiler/parse/expr_builder.h"
#include "compiler/parse/syntax_error.h"

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
  void invalid_characters(const char* text, std::size_t length);
  // The value of the string literal just matched (with its quotes), errors reported.
  std::string string_literal(const char* text, std::size_t length, bool terminated);
  // True once too many errors were reported: the scanner then ends the input.
  bool stopped() const { return stopped_; }
  void* scanner() const { return scanner_; }

  // --- for the parser
  void open_app(ast::App app);
  void add_app_member(ast::AppMember member);
  void close_app(const SourceSpan& span);
  // The doc comment written right before the token at `where`, if any (taken once).
  std::string take_doc(const SourceSpan& where);
  std::int64_t type_argument(const std::string& spelling, const SourceSpan& where);
  parse::ExprBuilder& exprs() { return exprs_; }
  // The text of the token just read and of the one before it (cut short), for messages.
  const std::string& current_token_text() const { return current_text_; }
  const std::string& previous_token_text() const { return previous_text_; }
  // Whether the token at `where` (one of the last two read) is the first on its line.
  bool starts_line(const SourceSpan& where) const;
  void syntax_error(const SourceSpan& where, const parse::SyntaxErrorFacts& facts);
  void syntax_error(const SourceSpan& where, const std::string& message);

  // Every error of the parse goes through here, so a flood can be cut short.
  void error(const SourceSpan& where, std::string message);
  void report_stray_docs();

 private:
  const SourceManager& sources_;
  FileId file_id_;
  DiagnosticEngine& diagnostics_;
  ast::File file_;
  parse::ExprBuilder exprs_{*this};
  void* scanner_ = nullptr;

  SourcePos position_;                        // where the next token starts
  SourceSpan last_token_;                     // the token just matched
  std::string_view last_text_;                // its text (valid until the next match)
  std::string current_text_, previous_text_;  // the last two tokens, cut short
  struct TokenStart {
    SourcePos begin;
    bool first_on_line = false;
  };
  TokenStart current_start_, previous_start_;
  std::uint32_t last_code_line_ = UINT32_MAX;  // line where the last real token ended
  struct Doc {
    std::string text;
    SourceSpan span;    // the `///` lines themselves
    bool open = false;  // lines were read (an empty `///` line still counts)
  };
  Doc pending_doc_;
  std::map<SourcePos, Doc> docs_;  // by the position of the token after the doc comment
  std::size_t error_count_ = 0;
  bool stopped_ = false;
};

}  // namespace lys
