// JSON Web Tokens (RFC 7519) in the compact JWS serialization (RFC 7515 §7.1):
// BASE64URL(header) "." BASE64URL(claims) "." BASE64URL(signature).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lys/auth/claims.h"
#include "lys/auth/clock.h"
#include "lys/auth/jwt_key.h"

namespace lys::auth {

// Throws KeyError when the key cannot sign (a public key).
std::string sign_jwt(const Claims& claims, const Key& key);

// Why a token was refused. Verification never throws on a token's content.
enum class Rejection {
  none,                // accepted
  too_large,           // longer than VerifierOptions::max_token_bytes
  malformed,           // not three non-empty dot-separated segments
  bad_base64,          // a segment is not unpadded base64url
  bad_json,            // a header or claims segment is not JSON
  not_an_object,       // ... or is JSON but not an object
  duplicate_member,    // ... or names a member twice (which one would count?)
  unsupported_header,  // "crit", a "typ" other than JWT, or "alg" missing
  unsigned_token,      // "alg": "none"
  algorithm_mismatch,  // "alg" is not the verifier's algorithm (key confusion)
  bad_signature,
  bad_claim,       // a registered or lys claim of the wrong type
  missing_expiry,  // no "exp" while the verifier requires one
  expired,
  not_yet_valid,     // "nbf" in the future
  issued_in_future,  // "iat" in the future
  wrong_issuer,
  wrong_audience,
};

std::string_view describe(Rejection rejection);  // "token expired", …

struct VerifierOptions {
  // When set, "iss" must equal it.
  std::optional<std::string> issuer;
  // When set, "aud" must contain it; when not, a token naming any audience is refused
  // (RFC 7519 §4.1.3: a recipient that is not in "aud" rejects the token).
  std::optional<std::string> audience;
  std::int64_t clock_skew_seconds = 30;  // tolerance on exp, nbf and iat
  bool require_expiry = true;
  std::size_t max_token_bytes = 8192;
  UnixClock clock = system_unix_seconds;
};

struct Verification {
  Rejection rejection = Rejection::none;
  Claims claims;  // the token's claims when accepted, empty otherwise

  bool accepted() const { return rejection == Rejection::none; }
};

class JwtVerifier {
 public:
  JwtVerifier(Key key, VerifierOptions options);

  Verification verify(std::string_view token) const;

 private:
  Key key_;
  VerifierOptions options_;
};

}  // namespace lys::auth
