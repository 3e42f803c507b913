#include "db/uuid.h"

#include "db/digest.h"

namespace lys::db {
namespace {

// 6ba7b811-9dad-11d1-80b4-00c04fd430c8 as bytes.
constexpr char kUrlNamespace[] = "\x6b\xa7\xb8\x11\x9d\xad\x11\xd1\x80\xb4\x00\xc0\x4f\xd4\x30\xc8";

std::string format(const std::string& bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text.push_back('-');
    const auto byte = static_cast<unsigned char>(bytes[i]);
    text.push_back(kHex[byte >> 4]);
    text.push_back(kHex[byte & 15U]);
  }
  return text;
}

}  // namespace

std::string uuid_v5_url(std::string_view name) {
  std::string hash = sha1(std::string(kUrlNamespace, 16) + std::string(name));
  hash[6] = static_cast<char>((static_cast<unsigned char>(hash[6]) & 0x0fU) | 0x50U);  // version 5
  hash[8] = static_cast<char>((static_cast<unsigned char>(hash[8]) & 0x3fU) | 0x80U);  // RFC 4122
  return format(hash);
}

}  // namespace lys::db
