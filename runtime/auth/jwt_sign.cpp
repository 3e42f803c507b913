#include "auth/claims_json.h"
#include "auth/jws_signature.h"
#include "codec/base64.h"
#include "lys/auth/jwt.h"

namespace lys::auth {

std::string sign_jwt(const Claims& claims, const Key& key) {
  const std::string header =
      R"({"alg":")" + std::string(jws_name(key.algorithm())) + R"(","typ":"JWT"})";
  std::string token = codec::base64url(header) + '.' + codec::base64url(claims_to_json(claims));
  const std::string signature = jws_sign(key, token);
  return token + '.' + codec::base64url(signature);
}

}  // namespace lys::auth
