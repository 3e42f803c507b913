// Base64 encodings of RFC 4648: §4 (standard alphabet, padded) for Bytes values and
// §5 (URL- and filename-safe alphabet, unpadded) for global ids, cursors and tokens.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lys::codec {

std::string base64(std::string_view data);
std::string base64url(std::string_view data);

// Strict: nullopt unless `text` is exactly the unpadded base64url of some bytes (no
// padding, no whitespace, no stray bits), so one byte string has one encoding.
std::optional<std::string> base64url_decode(std::string_view text);

}  // namespace lys::codec
