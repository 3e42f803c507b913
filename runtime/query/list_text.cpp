#include "query/list_text.h"

#include <array>
#include <charconv>
#include <stdexcept>
#include <string_view>
#include <variant>

namespace lys::query {

namespace {

// The shortest text that reads back as the same number: a JSON number, and a
// PostgreSQL one.
template <typename Number>
void append_number(std::string& out, Number number) {
  std::array<char, 32> text;
  const auto written = std::to_chars(text.data(), text.data() + text.size(), number);
  out.append(text.data(), written.ptr);
}

// Byte for byte, unlike graphql::append_json_string, which repairs invalid UTF-8 for
// response bodies: a value compared must reach the database as it was given.
void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    } else {
      out += c;
    }
  }
  out += '"';
}

// A boolean or a number, as both JSON and PostgreSQL read it.
void append_scalar(std::string& out, const db::Param& item) {
  if (const bool* flag = std::get_if<bool>(&item)) {
    out += *flag ? "true" : "false";
  } else if (const std::int64_t* integer = std::get_if<std::int64_t>(&item)) {
    append_number(out, *integer);
  } else if (const double* real = std::get_if<double>(&item)) {
    append_number(out, *real);
  } else {
    throw std::logic_error("a list of bytes cannot be bound as one parameter");
  }
}

template <typename AppendItem>
std::string list(std::span<const db::Param> items, char open, char close, AppendItem append_item) {
  std::string out(1, open);
  for (const db::Param& item : items) {
    if (out.size() > 1) out += ',';
    append_item(out, item);
  }
  out += close;
  return out;
}

}  // namespace

std::string json_array_text(std::span<const db::Param> items) {
  return list(items, '[', ']', [](std::string& out, const db::Param& item) {
    if (std::holds_alternative<std::nullptr_t>(item)) {
      out += "null";
    } else if (const std::string* text = std::get_if<std::string>(&item)) {
      append_json_string(out, *text);
    } else {
      append_scalar(out, item);
    }
  });
}

std::string postgres_array_text(std::span<const db::Param> items) {
  return list(items, '{', '}', [](std::string& out, const db::Param& item) {
    if (std::holds_alternative<std::nullptr_t>(item)) {
      out += "NULL";
      return;
    }
    out += '"';
    if (const std::string* text = std::get_if<std::string>(&item)) {
      for (const char c : *text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
      }
    } else {
      append_scalar(out, item);
    }
    out += '"';
  });
}

}  // namespace lys::query
