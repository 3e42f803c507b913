#include "codec/base64.h"

#include <array>
#include <cstdint>

namespace lys::codec {
namespace {

constexpr std::string_view kStandard =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::string_view kUrlSafe =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// Every 3 bytes become 4 characters; a final group of 1 or 2 bytes becomes 2 or 3,
// followed by '=' up to 4 when padding.
std::string encode(std::string_view data, std::string_view alphabet, bool pad) {
  std::string out;
  out.reserve((data.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < data.size(); i += 3) {
    const std::size_t group = std::min<std::size_t>(3, data.size() - i);
    std::uint32_t bits = 0;
    for (std::size_t j = 0; j < 3; ++j) {
      const auto byte = j < group ? static_cast<unsigned char>(data[i + j]) : 0U;
      bits = (bits << 8) | byte;
    }
    for (std::size_t j = 0; j < group + 1; ++j)
      out.push_back(alphabet[(bits >> (18 - 6 * j)) & 63U]);
    if (pad) out.append(3 - group, '=');
  }
  return out;
}

constexpr std::array<int, 256> decoding_table(std::string_view alphabet) {
  std::array<int, 256> table{};
  for (int& entry : table) entry = -1;
  for (std::size_t i = 0; i < alphabet.size(); ++i) {
    table[static_cast<unsigned char>(alphabet[i])] = static_cast<int>(i);
  }
  return table;
}

constexpr std::array<int, 256> kUrlSafeDecoding = decoding_table(kUrlSafe);

}  // namespace

std::string base64(std::string_view data) {
  return encode(data, kStandard, /*pad=*/true);
}

std::string base64url(std::string_view data) {
  return encode(data, kUrlSafe, /*pad=*/false);
}

std::optional<std::string> base64url_decode(std::string_view text) {
  if (text.size() % 4 == 1) return std::nullopt;
  // Every 4 characters make 3 bytes; a final 2 or 3 make 1 or 2.
  std::string bytes(text.size() / 4 * 3 + (text.size() % 4 == 0 ? 0 : text.size() % 4 - 1), '\0');
  char* out = bytes.data();
  std::uint32_t bits = 0;
  std::size_t held = 0;  // characters in `bits`
  for (char c : text) {
    const int value = kUrlSafeDecoding[static_cast<unsigned char>(c)];
    if (value < 0) return std::nullopt;
    bits = (bits << 6) | static_cast<std::uint32_t>(value);
    if (++held == 4) {
      *out++ = static_cast<char>(bits >> 16);
      *out++ = static_cast<char>(bits >> 8);
      *out++ = static_cast<char>(bits);
      bits = 0;
      held = 0;
    }
  }
  // The final group's unused low bits must be zero, or two texts would decode to the
  // same bytes.
  if (held == 2) {
    if ((bits & 0xFU) != 0) return std::nullopt;
    *out = static_cast<char>(bits >> 4);
  } else if (held == 3) {
    if ((bits & 0x3U) != 0) return std::nullopt;
    *out++ = static_cast<char>(bits >> 10);
    *out = static_cast<char>(bits >> 2);
  }
  return bytes;
}

}  // namespace lys::codec
