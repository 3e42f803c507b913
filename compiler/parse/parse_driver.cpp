#include "compiler/parse/parse_driver.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "compiler/parse/parse.h"
#include "compiler/parse/string_literal.h"
#include "lys_parser.hpp"
#include "lys_scanner.hpp"

// The scanner entry point (YY_DECL in lys.l).
lys::grammar::Parser::symbol_type lys_next_token(yyscan_t scanner);

namespace lys {

namespace {

// A file with this many errors is not worth reading further.
constexpr std::size_t kMaxErrors = 100;
// Token text quoted in messages is cut to this many bytes.
constexpr std::size_t kMaxQuoted = 40;

std::string describe_bytes(std::string_view text) {
  bool printable = std::all_of(text.begin(), text.end(), [](char c) {
    unsigned char byte = static_cast<unsigned char>(c);
    return byte >= 0x20 && byte < 0x7f;
  });
  if (printable && text.size() <= kMaxQuoted) {
    return fmt::format("invalid character{} '{}'", text.size() > 1 ? "s" : "", text);
  }
  std::string shown = fmt::format("0x{:02x}", static_cast<unsigned char>(text.front()));
  if (text.size() == 1) return "invalid character " + shown;
  return fmt::format("{} invalid characters starting with {}", text.size(), shown);
}

}  // namespace

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
  report_stray_docs();
  return std::move(file_);
}

// A `///` comment no declaration took would vanish from every output, and `lysc fmt`
// would delete it. After a syntax error, recovery may have skipped its declaration,
// so only a clean parse reports them.
void ParseDriver::report_stray_docs() {
  if (error_count_ > 0) return;
  if (pending_doc_.open) docs_[position_] = std::move(pending_doc_);
  for (const auto& [next_token, doc] : docs_) {
    error(doc.span,
          "this doc comment documents nothing: '///' goes right before an app, enum, enum value, "
          "entity, field, fixtures, query or mutation (write '//' for a plain comment)");
  }
}

void ParseDriver::advance(const char* text, std::size_t length) {
  last_token_.begin = position_;
  last_text_ = std::string_view(text, length);
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
  if (pending_doc_.open) {
    docs_[last_token_.begin] = std::move(pending_doc_);
    pending_doc_ = {};
  }
  previous_start_ = current_start_;
  current_start_ = {last_token_.begin, last_token_.begin.line != last_code_line_};
  last_code_line_ = last_token_.end.line;
  previous_text_ = std::move(current_text_);
  current_text_.assign(last_text_.substr(0, kMaxQuoted));
  return last_token_;
}

bool ParseDriver::starts_line(const SourceSpan& where) const {
  if (where.begin == current_start_.begin) return current_start_.first_on_line;
  return where.begin == previous_start_.begin && previous_start_.first_on_line;
}

void ParseDriver::doc_line(std::string_view text) {
  text.remove_prefix(3);  // "///"
  if (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  if (!pending_doc_.open) {
    pending_doc_.span = last_token_;
    pending_doc_.open = true;
  } else {
    pending_doc_.text += '\n';
    pending_doc_.span.end = last_token_.end;
  }
  pending_doc_.text.append(text);
}

void ParseDriver::comment(std::string_view text) {
  bool trailing = last_token_.begin.line == last_code_line_;
  file_.comments.push_back(ast::Comment{std::string(text), last_token_, trailing});
}

void ParseDriver::invalid_characters(const char* text, std::size_t length) {
  error(last_token_, describe_bytes(std::string_view(text, length)));
}

std::string ParseDriver::string_literal(const char* text, std::size_t length, bool terminated) {
  std::string_view body(text + 1, length - (terminated ? 2 : 1));
  if (!terminated) error(last_token_, "unterminated string; a string ends with '\"' on its line");
  std::vector<parse::LiteralError> problems;
  std::string value = parse::unescape(body, problems);
  for (const parse::LiteralError& problem : problems) {
    SourceSpan where = last_token_;  // strings never span lines
    where.begin.column += static_cast<std::uint32_t>(1 + problem.offset);
    where.end.column = where.begin.column + static_cast<std::uint32_t>(problem.length);
    error(where, problem.message);
  }
  return value;
}

void ParseDriver::open_app(ast::App app) {
  file_.apps.push_back(std::move(app));
}

void ParseDriver::add_app_member(ast::AppMember member) {
  ast::App& app = file_.apps.back();
  app.span.end = std::visit([](const auto& declaration) { return declaration.span.end; }, member);
  app.members.push_back(std::move(member));
}

void ParseDriver::close_app(const SourceSpan& span) {
  file_.apps.back().span = span;
}

std::string ParseDriver::take_doc(const SourceSpan& where) {
  auto it = docs_.find(where.begin);
  if (it == docs_.end()) return {};
  std::string doc = std::move(it->second.text);
  docs_.erase(it);
  return doc;
}

std::int64_t ParseDriver::type_argument(const std::string& spelling, const SourceSpan& where) {
  std::int64_t value = 0;
  auto [end, problem] = std::from_chars(spelling.data(), spelling.data() + spelling.size(), value);
  if (problem != std::errc() || end != spelling.data() + spelling.size()) {
    error(where, fmt::format("type argument '{}' is too large",
                             std::string_view(spelling).substr(0, kMaxQuoted)));
  }
  return value;
}

void ParseDriver::syntax_error(const SourceSpan& where, const parse::SyntaxErrorFacts& facts) {
  error(where, parse::syntax_error_message(facts));
}

void ParseDriver::syntax_error(const SourceSpan& where, const std::string& message) {
  error(where, message);
}

void ParseDriver::error(const SourceSpan& where, std::string message) {
  if (stopped_) return;
  diagnostics_.error(where, std::move(message));
  if (++error_count_ == kMaxErrors) {
    diagnostics_.error(where, "too many errors in this file; stopping here");
    stopped_ = true;
  }
}

ast::File parse_file(const SourceManager& sources, FileId file, DiagnosticEngine& diagnostics) {
  ParseDriver driver(sources, file, diagnostics);
  return driver.parse();
}

}  // namespace lys
