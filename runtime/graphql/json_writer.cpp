#include "graphql/json_writer.h"

#include <variant>

namespace lys::graphql {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// The length of the valid UTF-8 sequence starting at text[i], or 0.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  unsigned char lead = byte(i);
  std::size_t length;
  unsigned code_point;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    code_point = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    code_point = lead & 0x0Fu;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    code_point = lead & 0x07u;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (byte(i + k) & 0x3Fu);
  }
  bool overlong = (length == 3 && code_point < 0x800) || (length == 4 && code_point < 0x10000);
  bool surrogate = code_point >= 0xD800 && code_point <= 0xDFFF;
  if (overlong || surrogate || code_point > 0x10FFFF) return 0;
  return length;
}

}  // namespace

void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      std::size_t length = utf8_sequence_length(text, i);
      if (length == 0) {
        out += "\\ufffd";
        ++i;
      } else {
        out.append(text.substr(i, length));
        i += length;
      }
      continue;
    }
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++i;
  }
  out += '"';
}

void append_error(std::string& out, const Error& error) {
  out += "{\"message\":";
  append_json_string(out, error.message);
  if (!error.locations.empty()) {
    out += ",\"locations\":[";
    for (std::size_t i = 0; i < error.locations.size(); ++i) {
      if (i > 0) out += ',';
      out += "{\"line\":" + std::to_string(error.locations[i].line) +
             ",\"column\":" + std::to_string(error.locations[i].column) + "}";
    }
    out += ']';
  }
  if (!error.path.empty()) {
    out += ",\"path\":[";
    for (std::size_t i = 0; i < error.path.size(); ++i) {
      if (i > 0) out += ',';
      if (const auto* key = std::get_if<std::string>(&error.path[i])) {
        append_json_string(out, *key);
      } else {
        out += std::to_string(std::get<int>(error.path[i]));
      }
    }
    out += ']';
  }
  out += ",\"extensions\":{\"code\":";
  append_json_string(out, error.code);
  for (const auto& [key, value] : error.extensions) {
    out += ',';
    append_json_string(out, key);
    out += ':';
    append_json_string(out, value);
  }
  out += "}}";
}

void append_errors_member(std::string& out, const std::vector<Error>& errors) {
  out += "\"errors\":[";
  for (std::size_t i = 0; i < errors.size(); ++i) {
    if (i > 0) out += ',';
    append_error(out, errors[i]);
  }
  out += ']';
}

}  // namespace lys::graphql
