// Claims to and from the JSON of a token's payload.
#pragma once

#include <cjson/cJSON.h>

#include <string>

#include "lys/auth/claims.h"
#include "lys/auth/jwt.h"

namespace lys::auth {

// Compact JSON, members in a fixed order (the order of Claims), absent claims omitted.
std::string claims_to_json(const Claims& claims);

// Reads the claims lys knows from a parsed object; bad_claim when one has the wrong
// type (a numeric "sub", a NumericDate that is not a finite number in range, …).
Rejection read_claims(const cJSON& object, Claims& claims);

}  // namespace lys::auth
