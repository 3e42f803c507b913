// The code path under fuzzing for access tokens: a bearer token verified as the server
// verifies it (HS256, a fixed clock). The token is the input itself or, when the input
// starts with a NUL byte, one signed with the verifier's key over the rest taken as its
// header and claims (split at the next NUL): fuzzed bytes then reach the JSON and claim
// checks behind the signature. Whatever the bytes, verification must not throw, and an
// accepted token's claims must sign into a token that verifies to the same claims.
#pragma once

#include <string>
#include <string_view>

#include "lys/auth/jwt.h"

namespace lys::fuzz {

struct TokenRun {
  auth::Rejection rejection = auth::Rejection::none;
  std::string broken;  // the first invariant the verification broke; empty when all held
};

TokenRun run_token(std::string_view input);

}  // namespace lys::fuzz
