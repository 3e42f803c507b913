// Base64 encodings of RFC 4648: §4 (standard alphabet, padded) for Bytes values and
// §5 (URL- and filename-safe alphabet, unpadded) for global ids and cursors.
#pragma once

#include <string>
#include <string_view>

namespace lys::db {

std::string base64(std::string_view data);
std::string base64url(std::string_view data);

}  // namespace lys::db
