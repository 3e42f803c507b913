#include "query/scalar_text.h"

#include <charconv>
#include <cstdint>

namespace lys::query {

namespace {

bool digit(char c) {
  return c >= '0' && c <= '9';
}

// Consumes exactly `count` digits at `at`, within [low, high].
bool number(std::string_view text, std::size_t& at, std::size_t count, int low, int high) {
  if (at + count > text.size()) return false;
  int value = 0;
  for (std::size_t i = 0; i < count; ++i) {
    if (!digit(text[at + i])) return false;
    value = value * 10 + (text[at + i] - '0');
  }
  at += count;
  return value >= low && value <= high;
}

bool literal(std::string_view text, std::size_t& at, char c) {
  if (at >= text.size() || text[at] != c) return false;
  ++at;
  return true;
}

bool date(std::string_view text, std::size_t& at) {
  return number(text, at, 4, 0, 9999) && literal(text, at, '-') && number(text, at, 2, 1, 12) &&
         literal(text, at, '-') && number(text, at, 2, 1, 31);
}

bool date_time(std::string_view text) {
  std::size_t at = 0;
  if (!date(text, at)) return false;
  if (at >= text.size() || (text[at] != 'T' && text[at] != 't' && text[at] != ' ')) return false;
  ++at;
  if (!number(text, at, 2, 0, 23) || !literal(text, at, ':') || !number(text, at, 2, 0, 59) ||
      !literal(text, at, ':') || !number(text, at, 2, 0, 60)) {
    return false;
  }
  if (at < text.size() && text[at] == '.') {
    std::size_t start = ++at;
    while (at < text.size() && digit(text[at])) ++at;
    if (at == start) return false;
  }
  if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) return at + 1 == text.size();
  if (at >= text.size() || (text[at] != '+' && text[at] != '-')) return false;
  ++at;
  return number(text, at, 2, 0, 23) && literal(text, at, ':') && number(text, at, 2, 0, 59) &&
         at == text.size();
}

bool decimal(std::string_view text) {
  std::size_t at = text.size() > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
  std::size_t integer_digits = 0;
  while (at < text.size() && digit(text[at])) ++at, ++integer_digits;
  std::size_t fraction_digits = 0;
  if (at < text.size() && text[at] == '.') {
    ++at;
    while (at < text.size() && digit(text[at])) ++at, ++fraction_digits;
  }
  return at == text.size() && integer_digits + fraction_digits > 0;
}

bool big_int(std::string_view text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  return error == std::errc() && end == text.data() + text.size();
}

bool uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    bool hex = digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    if (dash ? c != '-' : !hex) return false;
  }
  return true;
}

}  // namespace

bool valid_scalar_text(model::Kind kind, std::string_view text) {
  switch (kind) {
    case model::Kind::Bool:
      return text == "true" || text == "false" || text == "1" || text == "0";
    case model::Kind::Int:
    case model::Kind::BigInt:
      return big_int(text);
    case model::Kind::Float: {
      double value = 0;
      auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
      return error == std::errc() && end == text.data() + text.size();
    }
    case model::Kind::Decimal:
      return decimal(text);
    case model::Kind::Uuid:
      return uuid(text);
    case model::Kind::Date: {
      std::size_t at = 0;
      return date(text, at) && at == text.size();
    }
    case model::Kind::DateTime:
      return date_time(text);
    default:
      return true;
  }
}

}  // namespace lys::query
