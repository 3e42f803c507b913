// Ids of new entity rows: random UUID v4 (RFC 4122 §4.4) from OpenSSL's CSPRNG.
#pragma once

#include <string>

namespace lys::api {

// Lower-case text form; throws std::runtime_error if the generator fails.
std::string random_uuid_v4();

}  // namespace lys::api
