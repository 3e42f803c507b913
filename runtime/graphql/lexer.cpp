#include "graphql/lexer.h"

#include <string_view>
#include <vector>

namespace lys::graphql {

namespace {

bool is_name_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_name_continue(char c) {
  return is_name_start(c) || is_digit(c);
}

constexpr std::string_view kPunctuators = "!$&():=@[]{}|";

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

std::size_t leading_whitespace(std::string_view line) {
  std::size_t count = line.find_first_not_of(" \t");
  return count == std::string_view::npos ? line.size() : count;
}

// BlockStringValue (spec §2.9.4): strip the common indentation and blank first and
// last lines.
std::string block_string_value(const std::string& raw) {
  std::vector<std::string_view> lines;
  std::string_view rest = raw;
  while (true) {
    std::size_t end = rest.find_first_of("\r\n");
    if (end == std::string_view::npos) {
      lines.push_back(rest);
      break;
    }
    lines.push_back(rest.substr(0, end));
    std::size_t skip =
        (rest[end] == '\r' && end + 1 < rest.size() && rest[end + 1] == '\n') ? 2 : 1;
    rest.remove_prefix(end + skip);
  }
  std::size_t common = std::string_view::npos;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    std::size_t indent = leading_whitespace(lines[i]);
    if (indent < lines[i].size() && indent < common) common = indent;
  }
  if (common != std::string_view::npos) {
    for (std::size_t i = 1; i < lines.size(); ++i) {
      lines[i].remove_prefix(std::min(common, lines[i].size()));
    }
  }
  std::size_t first = 0;
  std::size_t last = lines.size();
  while (first < last && is_blank(lines[first])) ++first;
  while (last > first && is_blank(lines[last - 1])) --last;
  std::string value;
  for (std::size_t i = first; i < last; ++i) {
    if (i > first) value += '\n';
    value += lines[i];
  }
  return value;
}

}  // namespace

void append_utf8(std::string& out, unsigned code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (code_point >> 18));
    out += static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

void Lexer::fail(const std::string& message) const {
  throw SyntaxError{message, here()};
}

void Lexer::new_line() {
  ++line_;
  line_start_ = position_;
}

void Lexer::skip_ignored() {
  while (!at_end()) {
    char c = peek();
    if (c == ' ' || c == '\t' || c == ',') {
      ++position_;
    } else if (c == '\n') {
      ++position_;
      new_line();
    } else if (c == '\r') {
      ++position_;
      if (peek() == '\n') ++position_;
      new_line();
    } else if (c == '#') {
      while (!at_end() && peek() != '\n' && peek() != '\r') ++position_;
    } else if (source_.substr(position_, 3) == "\xEF\xBB\xBF") {
      position_ += 3;
    } else {
      return;
    }
  }
}

Token Lexer::next() {
  skip_ignored();
  Location start = here();
  if (at_end()) return {Token::Kind::End, "", start};
  char c = peek();
  if (c == '.') {
    if (peek(1) == '.' && peek(2) == '.') {
      position_ += 3;
      return {Token::Kind::Punctuator, "...", start};
    }
    fail("Unexpected \".\"; did you mean \"...\"?");
  }
  if (kPunctuators.find(c) != std::string_view::npos) {
    ++position_;
    return {Token::Kind::Punctuator, std::string(1, c), start};
  }
  if (is_name_start(c)) {
    std::size_t begin = position_;
    while (is_name_continue(peek())) ++position_;
    return {Token::Kind::Name, std::string(source_.substr(begin, position_ - begin)), start};
  }
  if (c == '-' || is_digit(c)) return number(start);
  if (c == '"') {
    if (peek(1) == '"' && peek(2) == '"') return block_string(start);
    return string(start);
  }
  if (static_cast<unsigned char>(c) < 0x20) {
    fail("Unexpected character: U+" + std::to_string(static_cast<int>(c)) + ".");
  }
  fail(std::string("Unexpected character: \"") + c + "\".");
}

Token Lexer::number(Location start) {
  std::size_t begin = position_;
  bool is_float = false;
  if (peek() == '-') ++position_;
  if (peek() == '0') {
    ++position_;
    if (is_digit(peek())) fail("Invalid number, unexpected digit after 0.");
  } else {
    if (!is_digit(peek())) fail("Invalid number, expected digit.");
    while (is_digit(peek())) ++position_;
  }
  if (peek() == '.') {
    is_float = true;
    ++position_;
    if (!is_digit(peek())) fail("Invalid number, expected digit after \".\".");
    while (is_digit(peek())) ++position_;
  }
  if (peek() == 'e' || peek() == 'E') {
    is_float = true;
    ++position_;
    if (peek() == '+' || peek() == '-') ++position_;
    if (!is_digit(peek())) fail("Invalid number, expected digit in exponent.");
    while (is_digit(peek())) ++position_;
  }
  if (peek() == '.' || is_name_start(peek())) fail("Invalid number, unexpected character.");
  return {is_float ? Token::Kind::Float : Token::Kind::Int,
          std::string(source_.substr(begin, position_ - begin)), start};
}

unsigned Lexer::read_hex(std::size_t digits) {
  unsigned value = 0;
  for (std::size_t i = 0; i < digits; ++i) {
    char c = peek();
    unsigned digit;
    if (c >= '0' && c <= '9') {
      digit = static_cast<unsigned>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      digit = static_cast<unsigned>(c - 'a' + 10);
    } else if (c >= 'A' && c <= 'F') {
      digit = static_cast<unsigned>(c - 'A' + 10);
    } else {
      fail("Invalid Unicode escape sequence.");
    }
    value = value * 16 + digit;
    ++position_;
  }
  return value;
}

void Lexer::append_escape(std::string& out) {
  char c = peek();
  ++position_;
  switch (c) {
    case '"':
      out += '"';
      return;
    case '\\':
      out += '\\';
      return;
    case '/':
      out += '/';
      return;
    case 'b':
      out += '\b';
      return;
    case 'f':
      out += '\f';
      return;
    case 'n':
      out += '\n';
      return;
    case 'r':
      out += '\r';
      return;
    case 't':
      out += '\t';
      return;
    case 'u':
      break;
    default:
      fail(std::string("Invalid character escape sequence: \"\\") + c + "\".");
  }
  unsigned code_point;
  if (peek() == '{') {
    ++position_;
    code_point = 0;
    std::size_t digits = 0;
    while (peek() != '}') {
      if (++digits > 6) fail("Invalid Unicode escape sequence.");
      code_point = code_point * 16 + read_hex(1);
    }
    ++position_;
    if (digits == 0 || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      fail("Invalid Unicode escape sequence.");
    }
  } else {
    code_point = read_hex(4);
    if (code_point >= 0xD800 && code_point <= 0xDBFF) {
      // A leading surrogate must be followed by an escaped trailing one.
      if (peek() != '\\' || peek(1) != 'u') fail("Invalid Unicode escape sequence.");
      position_ += 2;
      unsigned trailing = read_hex(4);
      if (trailing < 0xDC00 || trailing > 0xDFFF) fail("Invalid Unicode escape sequence.");
      code_point = 0x10000 + ((code_point - 0xD800) << 10) + (trailing - 0xDC00);
    } else if (code_point >= 0xDC00 && code_point <= 0xDFFF) {
      fail("Invalid Unicode escape sequence.");
    }
  }
  // Valid GraphQL, but no database here stores it in text (PostgreSQL refuses it, and
  // C strings on the way would cut the value short): refused where it is written.
  if (code_point == 0) fail("Invalid Unicode escape sequence: strings may not hold U+0000.");
  append_utf8(out, code_point);
}

Token Lexer::string(Location start) {
  ++position_;
  std::string value;
  while (true) {
    if (at_end() || peek() == '\n' || peek() == '\r') fail("Unterminated string.");
    char c = peek();
    if (c == '"') {
      ++position_;
      return {Token::Kind::String, std::move(value), start};
    }
    if (static_cast<unsigned char>(c) < 0x20 && c != '\t') {
      fail("Invalid character within String.");
    }
    ++position_;
    if (c == '\\') {
      append_escape(value);
    } else {
      value += c;
    }
  }
}

Token Lexer::block_string(Location start) {
  position_ += 3;
  std::string raw;
  while (true) {
    if (at_end()) fail("Unterminated string.");
    if (source_.substr(position_, 3) == "\"\"\"") {
      position_ += 3;
      return {Token::Kind::BlockString, block_string_value(raw), start};
    }
    if (source_.substr(position_, 4) == "\\\"\"\"") {
      raw += "\"\"\"";
      position_ += 4;
      continue;
    }
    char c = peek();
    ++position_;
    raw += c;
    if (c == '\n' || (c == '\r' && peek() != '\n')) new_line();
  }
}

}  // namespace lys::graphql
