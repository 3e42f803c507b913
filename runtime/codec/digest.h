// Message digests (OpenSSL EVP): SHA-256 checksums of migration files and of refresh
// tokens, HMAC in seals (seal.h), and the SHA-1 inside UUID v5.
#pragma once

#include <string>
#include <string_view>

namespace lys::codec {

std::string sha256(std::string_view data);      // the 32 raw bytes
std::string sha256_hex(std::string_view data);  // 64 lowercase hex digits
std::string sha1(std::string_view data);        // the 20 raw bytes
std::string hex(std::string_view bytes);        // lowercase, two digits a byte

}  // namespace lys::codec
