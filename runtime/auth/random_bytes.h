// Bytes from the operating system's CSPRNG (OpenSSL RAND_bytes), for salts and tokens.
#pragma once

#include <cstddef>
#include <string>

namespace lys::auth {

// Throws std::runtime_error when the generator cannot deliver (never returns weak bytes).
std::string random_bytes(std::size_t count);

}  // namespace lys::auth
