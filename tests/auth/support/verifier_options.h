// The instant the token tests run at, and the options of a verifier for the issuer
// and audience their tokens carry, with a clock stopped at a given instant.
#pragma once

#include <cstdint>

#include "lys/auth/jwt.h"

namespace lys::auth::testing {

inline constexpr std::int64_t kNow = 1'800'000'000;

inline VerifierOptions verifier_options_at(std::int64_t now) {
  VerifierOptions options;
  options.issuer = "https://lys.test";
  options.audience = "catalog";
  options.clock = [now] { return now; };
  return options;
}

}  // namespace lys::auth::testing
