#include "compiler/parse/string_literal.h"

#include <fmt/format.h>

namespace lys::parse {

namespace {

void append_utf8(std::string& out, std::uint32_t code_point) {
  auto byte = [](std::uint32_t value) { return static_cast<char>(value); };
  if (code_point < 0x80) {
    out += byte(code_point);
  } else if (code_point < 0x800) {
    out += byte(0xC0 | (code_point >> 6));
    out += byte(0x80 | (code_point & 0x3F));
  } else {
    out += byte(0xE0 | (code_point >> 12));
    out += byte(0x80 | ((code_point >> 6) & 0x3F));
    out += byte(0x80 | (code_point & 0x3F));
  }
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes the four hex digits of `\uXXXX` starting at body[at]; -1 when malformed.
long unicode_escape(std::string_view body, std::size_t at) {
  if (body.size() < at + 4) return -1;
  long value = 0;
  for (std::size_t i = at; i < at + 4; ++i) {
    int digit = hex_value(body[i]);
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

}  // namespace

std::string unescape(std::string_view body, std::vector<LiteralError>& errors) {
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c != '\\') {
      if (c < 0x20 && c != '\t') {
        errors.push_back({i, 1, fmt::format("invalid character 0x{:02x} in string", c)});
      } else {
        out += body[i];
      }
      continue;
    }
    if (i + 1 == body.size()) break;  // a trailing '\' only occurs in unterminated strings
    char escape = body[++i];
    switch (escape) {
      case '"':
        out += '"';
        break;
      case '\\':
        out += '\\';
        break;
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'u': {
        long code_point = unicode_escape(body, i + 1);
        if (code_point < 0) {
          errors.push_back({i - 1, 2, "invalid unicode escape; expected '\\u' and 4 hex digits"});
        } else if (code_point == 0 || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
          errors.push_back(
              {i - 1, 6, fmt::format("invalid unicode escape '\\u{:04X}'", code_point)});
          i += 4;
        } else {
          append_utf8(out, static_cast<std::uint32_t>(code_point));
          i += 4;
        }
        break;
      }
      default: {
        unsigned char shown = static_cast<unsigned char>(escape);
        std::string text = shown >= 0x20 && shown < 0x7f ? fmt::format("'\\{}'", escape)
                                                         : fmt::format("0x{:02x}", shown);
        errors.push_back({i - 1, 2,
                          fmt::format("invalid escape sequence {} in string; expected \\\", "
                                      "\\\\, \\n, \\t or \\uXXXX",
                                      text)});
      }
    }
  }
  return out;
}

}  // namespace lys::parse
