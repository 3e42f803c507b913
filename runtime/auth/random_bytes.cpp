#include "auth/random_bytes.h"

#include <openssl/rand.h>

#include <stdexcept>

namespace lys::auth {

std::string random_bytes(std::size_t count) {
  std::string bytes(count, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(count)) != 1) {
    throw std::runtime_error("the random generator failed");
  }
  return bytes;
}

}  // namespace lys::auth
