#include "lys/db/ids.h"

#include <openssl/rand.h>

#include <array>
#include <stdexcept>

#include "codec/digest.h"

namespace lys::db {
namespace {

using UuidBytes = std::array<unsigned char, 16>;

// Stamps the version and the RFC 4122 variant, then writes the hyphenated lowercase form.
std::string format_uuid(UuidBytes bytes, unsigned version) {
  bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0fU) | (version << 4));
  bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3fU) | 0x80U);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  text.reserve(36);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
    text += kHex[bytes[i] >> 4];
    text += kHex[bytes[i] & 15U];
  }
  return text;
}

// 6ba7b811-9dad-11d1-80b4-00c04fd430c8 as bytes.
constexpr std::string_view kUrlNamespace{
    "\x6b\xa7\xb8\x11\x9d\xad\x11\xd1\x80\xb4\x00\xc0\x4f\xd4\x30\xc8", 16};

}  // namespace

std::string random_uuid() {
  UuidBytes bytes{};
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) != 1) {
    throw std::runtime_error("no random bytes for a new id");
  }
  return format_uuid(bytes, 4);
}

std::string uuid_v5_url(std::string_view name) {
  const std::string hash = codec::sha1(std::string(kUrlNamespace) + std::string(name));
  UuidBytes bytes{};
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<unsigned char>(hash[i]);
  return format_uuid(bytes, 5);
}

}  // namespace lys::db
