#include "codec/digest.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace lys::codec {
namespace {

std::string digest(const EVP_MD* algorithm, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (EVP_Digest(data.data(), data.size(), out, &size, algorithm, nullptr) != 1) {
    throw std::runtime_error("OpenSSL digest failed");
  }
  return std::string(reinterpret_cast<const char*>(out), size);
}

}  // namespace

std::string hex(std::string_view bytes) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string text;
  for (const char byte : bytes) {
    const auto value = static_cast<unsigned char>(byte);
    text.push_back(kHex[value >> 4]);
    text.push_back(kHex[value & 15U]);
  }
  return text;
}

std::string sha256(std::string_view data) {
  return digest(EVP_sha256(), data);
}

std::string sha256_hex(std::string_view data) {
  return hex(sha256(data));
}

std::string sha1(std::string_view data) {
  return digest(EVP_sha1(), data);
}

}  // namespace lys::codec
