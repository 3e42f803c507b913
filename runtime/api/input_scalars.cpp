#include "api/input_scalars.h"

#include <fmt/format.h>

#include <array>
#include <cstdint>

#include "codec/json_document.h"

namespace lys::api {

namespace {

constexpr std::string_view kBase64Digits =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// Reads exactly `count` decimal digits at `pos`.
std::optional<int> read_number(std::string_view text, std::size_t pos, std::size_t count) {
  if (pos + count > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    if (!is_digit(text[i])) return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

std::optional<CivilDate> parse_date(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  std::optional<int> year = read_number(text, 0, 4);
  std::optional<int> month = read_number(text, 5, 2);
  std::optional<int> day = read_number(text, 8, 2);
  if (!year || !month || !day || *year < 1 || *month < 1 || *month > 12 || *day < 1 ||
      *day > days_in_month(*year, *month)) {
    return std::nullopt;
  }
  return CivilDate{*year, *month, *day};
}

// Howard Hinnant's days_from_civil / civil_from_days: proleptic Gregorian calendar.
std::int64_t days_from_civil(CivilDate date) {
  const std::int64_t year = date.month <= 2 ? date.year - 1 : date.year;
  const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int64_t year_of_era = year - era * 400;
  const std::int64_t day_of_year =
      (153 * (date.month > 2 ? date.month - 3 : date.month + 9) + 2) / 5 + date.day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_index = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_index + 2) / 5 + 1);
  const int month = static_cast<int>(month_index < 10 ? month_index + 3 : month_index - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return CivilDate{year, month, day};
}

}  // namespace

std::optional<std::string> decode_base64(std::string_view text) {
  std::size_t padding = 0;
  while (!text.empty() && text.back() == '=' && padding < 2) {
    text.remove_suffix(1);
    ++padding;
  }
  if ((padding > 0 && (text.size() + padding) % 4 != 0) || text.size() % 4 == 1) {
    return std::nullopt;
  }
  const std::string_view digits = kBase64Digits;
  std::string out;
  out.reserve(text.size() * 3 / 4);
  std::uint32_t buffer = 0;
  int bits = 0;
  for (char c : text) {
    std::size_t value = digits.find(c);
    if (value == std::string_view::npos) return std::nullopt;
    buffer = buffer << 6 | static_cast<std::uint32_t>(value);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>(buffer >> bits & 0xFF);
    }
  }
  // Leftover bits must be zero, or the text is not the encoding of any bytes.
  if ((buffer & ((1U << bits) - 1)) != 0) return std::nullopt;
  return out;
}

std::optional<std::size_t> utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t size = lead < 0x80         ? 1
                       : lead >> 5 == 0x6  ? 2
                       : lead >> 4 == 0xE  ? 3
                       : lead >> 3 == 0x1E ? 4
                                           : 0;
    if (size == 0 || i + size > text.size()) return std::nullopt;
    for (std::size_t k = 1; k < size; ++k) {
      if (static_cast<unsigned char>(text[i + k]) >> 6 != 0x2) return std::nullopt;
    }
    i += size;
  }
  return count;
}

std::optional<std::string> normalize_uuid(std::string_view text) {
  if (text.size() != 36) return std::nullopt;
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    char& c = out[i];
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (c != '-') return std::nullopt;
    } else if (c >= 'A' && c <= 'F') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (!is_digit(c) && !(c >= 'a' && c <= 'f')) {
      return std::nullopt;
    }
  }
  return out;
}

bool is_valid_date(std::string_view text) {
  return text.size() == 10 && parse_date(text);
}

std::optional<std::string> normalize_datetime(std::string_view text) {
  std::optional<CivilDate> date = parse_date(text);
  if (!date || text.size() < 20 || (text[10] != 'T' && text[10] != 't') || text[13] != ':' ||
      text[16] != ':') {
    return std::nullopt;
  }
  std::optional<int> hour = read_number(text, 11, 2);
  std::optional<int> minute = read_number(text, 14, 2);
  std::optional<int> second = read_number(text, 17, 2);
  if (!hour || !minute || !second || *hour > 23 || *minute > 59 || *second > 59) {
    return std::nullopt;
  }
  std::size_t pos = 19;
  int millis = 0;
  if (text[pos] == '.') {
    std::size_t first = ++pos;
    while (pos < text.size() && is_digit(text[pos])) {
      if (pos - first < 3) millis = millis * 10 + (text[pos] - '0');
      ++pos;
    }
    if (pos == first) return std::nullopt;
    for (std::size_t n = pos - first; n < 3; ++n) millis *= 10;
  }
  int offset_minutes = 0;
  std::string_view zone = text.substr(pos);
  if (zone != "Z" && zone != "z") {
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') {
      return std::nullopt;
    }
    std::optional<int> offset_hours = read_number(zone, 1, 2);
    std::optional<int> offset_mins = read_number(zone, 4, 2);
    if (!offset_hours || !offset_mins || *offset_hours > 23 || *offset_mins > 59) {
      return std::nullopt;
    }
    offset_minutes = (zone[0] == '-' ? -1 : 1) * (*offset_hours * 60 + *offset_mins);
  }
  const std::int64_t utc_minutes =
      days_from_civil(*date) * 1440 + *hour * 60 + *minute - offset_minutes;
  const std::int64_t days = utc_minutes >= 0 ? utc_minutes / 1440 : (utc_minutes - 1439) / 1440;
  const auto minute_of_day = static_cast<int>(utc_minutes - days * 1440);
  const CivilDate utc = civil_from_days(days);
  if (utc.year < 1 || utc.year > 9999) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", utc.year, utc.month, utc.day,
                     minute_of_day / 60, minute_of_day % 60, *second, millis);
}

std::optional<std::string> normalize_decimal(std::string_view text, int precision, int scale) {
  std::string_view sign;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    sign = text[0] == '-' ? "-" : "";
    text.remove_prefix(1);
  }
  std::size_t point = text.find('.');
  std::string_view whole = text.substr(0, point);
  std::string_view fraction = point == std::string_view::npos ? "" : text.substr(point + 1);
  if (whole.empty() || (point != std::string_view::npos && fraction.empty())) return std::nullopt;
  for (std::string_view part : {whole, fraction}) {
    for (char c : part) {
      if (!is_digit(c)) return std::nullopt;
    }
  }
  std::size_t significant = whole.find_first_not_of('0');
  std::size_t whole_digits = significant == std::string_view::npos ? 0 : whole.size() - significant;
  if (whole_digits > static_cast<std::size_t>(precision - scale) ||
      fraction.size() > static_cast<std::size_t>(scale)) {
    return std::nullopt;
  }
  return std::string(sign) + std::string(text);
}

bool is_valid_json(std::string_view text) {
  return codec::parse_json_document(text) != nullptr;
}

}  // namespace lys::api
