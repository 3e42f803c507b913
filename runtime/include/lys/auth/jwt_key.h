// The key a token is signed or verified with, pinned to one JWS algorithm (RFC 7518
// §3.1): the verifier takes the algorithm from its key, never from the token.
#pragma once

#include <openssl/types.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace lys::auth {

enum class Algorithm { hs256, rs256, es256 };

std::string_view jws_name(Algorithm algorithm);  // "HS256", "RS256", "ES256"

// A key that cannot serve its algorithm: a short secret, a PEM that does not parse, an
// RSA key for ES256. Raised when configuration is loaded, never while verifying.
class KeyError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Key {
 public:
  // HS256 with a shared secret of at least 32 bytes (RFC 7518 §3.2: a key as long as
  // the hash output).
  static Key hs256(std::string_view secret);
  // RS256 (RSA, at least 2048 bits) or ES256 (EC on P-256) from PEM text: a private key
  // signs and verifies, a public key (SubjectPublicKeyInfo) only verifies.
  static Key from_pem(Algorithm algorithm, std::string_view pem);
  static Key from_pem_file(Algorithm algorithm, const std::filesystem::path& path);

  Algorithm algorithm() const { return algorithm_; }
  bool can_sign() const { return can_sign_; }
  const std::string& secret() const { return secret_; }  // HS256 only
  EVP_PKEY* pkey() const { return pkey_.get(); }         // RS256 and ES256 only

 private:
  Key(Algorithm algorithm, std::string secret, std::shared_ptr<EVP_PKEY> pkey, bool can_sign);

  Algorithm algorithm_;
  std::string secret_;
  std::shared_ptr<EVP_PKEY> pkey_;
  bool can_sign_;
};

}  // namespace lys::auth
