#include "compiler/sema/literal_formats.h"

#include <cctype>
#include <cstdint>

namespace lys::sema {

namespace {

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// Reads `count` digits at `pos` as a number; nullopt when they are not all digits.
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!is_digit(text[i])) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool valid_date_prefix(std::string_view text) {
  auto year = digits(text, 0, 4);
  auto month = digits(text, 5, 2);
  auto day = digits(text, 8, 2);
  return text.size() >= 10 && text[4] == '-' && text[7] == '-' && year && month && day &&
         *month >= 1 && *month <= 12 && *day >= 1 && *day <= days_in_month(*year, *month);
}

bool valid_time(std::string_view text) {
  auto hour = digits(text, 0, 2);
  auto minute = digits(text, 3, 2);
  if (text.size() < 5 || text[2] != ':' || !hour || !minute || *hour > 23 || *minute > 59) {
    return false;
  }
  std::size_t pos = 5;
  if (pos < text.size() && text[pos] == ':') {
    auto second = digits(text, pos + 1, 2);
    if (!second || *second > 60) return false;
    pos += 3;
    if (pos < text.size() && text[pos] == '.') {
      std::size_t start = ++pos;
      while (pos < text.size() && is_digit(text[pos])) ++pos;
      if (pos == start) return false;
    }
  }
  std::string_view zone = text.substr(pos);
  if (zone.empty() || zone == "Z") return true;
  auto zone_hour = digits(zone, 1, 2);
  auto zone_minute = digits(zone, 4, 2);
  return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' && zone_hour &&
         zone_minute && *zone_hour <= 23 && *zone_minute <= 59;
}

}  // namespace

bool is_valid_uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? text[i] != '-' : !std::isxdigit(static_cast<unsigned char>(text[i]))) return false;
  }
  return true;
}

bool is_valid_date(std::string_view text) {
  return text.size() == 10 && valid_date_prefix(text);
}

bool is_valid_datetime(std::string_view text) {
  return text.size() > 11 && valid_date_prefix(text) && (text[10] == 'T' || text[10] == ' ') &&
         valid_time(text.substr(11));
}

bool fits_integer(std::string_view spelling, int bits) {
  const bool negative = !spelling.empty() && spelling.front() == '-';
  if (negative) spelling.remove_prefix(1);
  while (spelling.size() > 1 && spelling.front() == '0') spelling.remove_prefix(1);
  if (spelling.empty() || spelling.size() > 19) return false;
  // Magnitude limits: 2^(bits-1) - 1, one more when negative.
  const std::uint64_t limit = (std::uint64_t{1} << (bits - 1)) - (negative ? 0 : 1);
  std::uint64_t value = 0;
  for (char c : spelling) {
    if (!is_digit(c)) return false;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return value <= limit;
}

bool fits_decimal(std::string_view spelling, int precision, int scale) {
  if (!spelling.empty() && spelling.front() == '-') spelling.remove_prefix(1);
  const std::size_t dot = spelling.find('.');
  std::string_view whole = spelling.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? "" : spelling.substr(dot + 1);
  while (!whole.empty() && whole.front() == '0') whole.remove_prefix(1);
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  return whole.size() <= static_cast<std::size_t>(precision - scale) &&
         fraction.size() <= static_cast<std::size_t>(scale);
}

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  }
  return count;
}

}  // namespace lys::sema
