// GoogleTest prints a Rejection by its description instead of its bytes.
#pragma once

#include <ostream>

#include "lys/auth/jwt.h"

namespace lys::auth {

inline void PrintTo(Rejection rejection, std::ostream* out) {
  *out << describe(rejection);
}

}  // namespace lys::auth
