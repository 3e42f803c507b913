#include "codec/json_scan.h"

#include <array>
#include <cstring>

namespace lys::codec {

namespace {

// A table of the bytes a scan outside strings stops at.
constexpr std::array<bool, 256> stops_at(std::string_view bytes) {
  std::array<bool, 256> stops{};
  for (char c : bytes) stops[static_cast<unsigned char>(c)] = true;
  return stops;
}

constexpr std::array<bool, 256> kCompactionStops = stops_at("\" \n\t\r");
constexpr std::array<bool, 256> kNestingStops = stops_at("\"[]{}");

}  // namespace

const char* past_json_string(const char* p, const char* end) {
  for (;;) {
    const auto* quote =
        static_cast<const char*>(std::memchr(p, '"', static_cast<std::size_t>(end - p)));
    if (quote == nullptr) return end;
    const char* escapes = quote;
    while (escapes > p && escapes[-1] == '\\') --escapes;
    p = quote + 1;
    if ((quote - escapes) % 2 == 0) return p;
  }
}

// What is kept is appended in runs, strings skipped whole.
void append_compact_json(std::string_view json, std::string& out) {
  out.reserve(out.size() + json.size());
  const char* p = json.data();
  const char* const end = p + json.size();
  const char* run = p;  // the first byte kept and not yet appended
  while (p < end) {
    const auto c = static_cast<unsigned char>(*p);
    if (!kCompactionStops[c]) {
      ++p;
    } else if (c == '"') {
      p = past_json_string(p + 1, end);
    } else {
      out.append(run, p);
      run = ++p;
    }
  }
  out.append(run, p);
}

bool json_nests_deeper_than(std::string_view json, int limit) {
  int depth = 0;
  const char* p = json.data();
  const char* const end = p + json.size();
  while (p < end) {
    const char c = *p;
    if (!kNestingStops[static_cast<unsigned char>(c)]) {
      ++p;
    } else if (c == '"') {
      p = past_json_string(p + 1, end);
    } else {
      if (c == '[' || c == '{') {
        if (++depth > limit) return true;
      } else {
        --depth;
      }
      ++p;
    }
  }
  return false;
}

bool json_holds_control_characters(std::string_view json) {
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const auto c = static_cast<unsigned char>(json[i]);
    if (c < 0x20) {
      if (in_string || (c != '\t' && c != '\n' && c != '\r')) return true;
    } else if (!in_string) {
      in_string = c == '"';
    } else if (c == '\\') {
      if (json.substr(i + 1, 5) == "u0000") return true;
      ++i;  // the escaped character, so that \" does not end the string
    } else if (c == '"') {
      in_string = false;
    }
  }
  return false;
}

}  // namespace lys::codec
