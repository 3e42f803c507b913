#include "compiler/parse/parse_driver.h"

#include <fmt/format.h>

#include "compiler/parse/parse.h"
#include "lys_parser.hpp"
#include "lys_scanner.hpp"

// The scanner entry point (YY_DECL in lys.l).
lys::grammar::Parser::symbol_type lys_next_token(yyscan_t scanner);

namespace lys {

namespace grammar {
Parser::symbol_type yylex(ParseDriver& driver) {
  return lys_next_token(driver.scanner());
}
}  // namespace grammar

ParseDriver::ParseDriver(const SourceManager& sources, FileId file, DiagnosticEngine& diagnostics)
    : sources_(sources), file_id_(file), diagnostics_(diagnostics) {
  file_.file = file;
  last_token_.file = file;
}

ast::File ParseDriver::parse() {
  yyscan_t scanner = nullptr;
  lys_lex_init_extra(this, &scanner);
  scanner_ = scanner;
  const std::string& text = sources_.text(file_id_);
  YY_BUFFER_STATE buffer = lys__scan_bytes(text.data(), static_cast<int>(text.size()), scanner);
  grammar::Parser parser(*this);
  parser.parse();
  lys__delete_buffer(buffer, scanner);
  lys_lex_destroy(scanner);
  scanner_ = nullptr;
  return std::move(file_);
}

void ParseDriver::advance(const char* text, std::size_t length) {
  last_token_.begin = position_;
  for (std::size_t i = 0; i < length; ++i) {
    if (text[i] == '\n') {
      ++position_.line;
      position_.column = 0;
    } else {
      ++position_.column;
    }
  }
  last_token_.end = position_;
}

SourceSpan ParseDriver::token_span() {
  if (!pending_doc_.empty()) {
    docs_[last_token_.begin] = std::move(pending_doc_);
    pending_doc_.clear();
  }
  last_code_line_ = last_token_.end.line;
  return last_token_;
}

void ParseDriver::doc_line(std::string_view text) {
  text.remove_prefix(3);  // "///"
  if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  if (!pending_doc_.empty()) pending_doc_ += '\n';
  pending_doc_.append(text);
}

void ParseDriver::comment(std::string_view text) {
  bool trailing = last_token_.begin.line == last_code_line_;
  file_.comments.push_back(ast::Comment{std::string(text), last_token_, trailing});
}

void ParseDriver::invalid_character(std::string_view text) {
  unsigned char c = static_cast<unsigned char>(text.front());
  std::string shown =
      c >= 0x20 && c < 0x7f ? fmt::format("'{}'", text) : fmt::format("0x{:02x}", c);
  diagnostics_.error(last_token_, fmt::format("invalid character {} in schema", shown));
}

std::string ParseDriver::take_doc(const SourceSpan& where) {
  auto it = docs_.find(where.begin);
  if (it == docs_.end()) return {};
  std::string doc = std::move(it->second);
  docs_.erase(it);
  return doc;
}

void ParseDriver::syntax_error(const SourceSpan& where, const std::string& message) {
  diagnostics_.error(where, message);
}

ast::File parse_file(const SourceManager& sources, FileId file, DiagnosticEngine& diagnostics) {
  ParseDriver driver(sources, file, diagnostics);
  return driver.parse();
}

}  // namespace lys
