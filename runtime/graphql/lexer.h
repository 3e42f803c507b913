// The GraphQL lexer (spec §2.1): turns source text into tokens, skipping ignored
// tokens (whitespace, commas, comments, a byte order mark). Strings come out decoded.
#pragma once

#include <string>
#include <string_view>

#include "lys/graphql/value.h"

namespace lys::graphql {

struct Token {
  enum class Kind { End, Punctuator, Name, Int, Float, String, BlockString };
  Kind kind = Kind::End;
  std::string text;  // punctuator ("...", "{"), name, number as written, decoded string
  Location location;
};

// Raised for malformed source; the engine turns it into GRAPHQL_PARSE_FAILED, or
// TOO_COMPLEX when the document is too large or too deeply nested to read (ParseLimits).
struct SyntaxError {
  std::string message;
  Location location;
  bool limit_exceeded = false;
};

class Lexer {
 public:
  explicit Lexer(std::string_view source) : source_(source) {}

  // The next token; throws SyntaxError.
  Token next();

 private:
  void skip_ignored();
  Location here() const { return {line_, static_cast<int>(position_ - line_start_) + 1}; }
  char peek(std::size_t ahead = 0) const {
    return position_ + ahead < source_.size() ? source_[position_ + ahead] : '\0';
  }
  bool at_end() const { return position_ >= source_.size(); }
  void new_line();
  Token number(Location start);
  Token string(Location start);
  Token block_string(Location start);
  void append_escape(std::string& out);
  unsigned read_hex(std::size_t digits);
  [[noreturn]] void fail(const std::string& message) const;

  std::string_view source_;
  std::size_t position_ = 0;
  std::size_t line_start_ = 0;
  int line_ = 1;
};

// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, unsigned code_point);

}  // namespace lys::graphql
