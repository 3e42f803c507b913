// The signature of a JWS signing input (RFC 7515 §5.1) under one key, in the form the
// token carries: the HMAC, the RSASSA-PKCS1-v1_5 signature, or ECDSA's R || S.
#pragma once

#include <string>
#include <string_view>

#include "lys/auth/jwt_key.h"

namespace lys::auth {

// Throws KeyError for a key that cannot sign.
std::string jws_sign(const Key& key, std::string_view signing_input);

// False for any signature that does not verify, whatever its shape.
bool jws_verify(const Key& key, std::string_view signing_input, std::string_view signature);

}  // namespace lys::auth
