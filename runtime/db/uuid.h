// Name-based UUIDs (RFC 4122 §4.3, version 5, SHA-1): the stable ids of fixture rows.
#pragma once

#include <string>
#include <string_view>

namespace lys::db {

// The UUID v5 of `name` in the URL namespace (6ba7b811-9dad-11d1-80b4-00c04fd430c8),
// lowercase and hyphenated: uuid_v5_url("catalog.Product/laptop").
std::string uuid_v5_url(std::string_view name);

}  // namespace lys::db
