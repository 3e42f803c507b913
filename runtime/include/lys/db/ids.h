// Ids the runtime makes for new rows.
#pragma once

#include <string>

namespace lys::db {

// A random UUID (version 4, RFC 4122 §4.4) in its lower-case text form, from the
// operating system's CSPRNG (OpenSSL RAND_bytes).
std::string random_uuid();

}  // namespace lys::db
