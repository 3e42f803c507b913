// Ids the runtime makes for new rows and for fixture rows.
#pragma once

#include <string>
#include <string_view>

namespace lys::db {

// A random UUID (version 4, RFC 4122 §4.4) in its lower-case text form, from the
// operating system's CSPRNG (OpenSSL RAND_bytes).
std::string random_uuid();

// The stable id of a fixture row: the name-based UUID (version 5, RFC 4122 §4.3, SHA-1)
// of `name` in the URL namespace 6ba7b811-9dad-11d1-80b4-00c04fd430c8, e.g. of
// "catalog.Product/laptop".
std::string uuid_v5_url(std::string_view name);

}  // namespace lys::db
