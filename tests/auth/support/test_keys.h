// Keys for the auth tests: the committed test-only PEM files in tests/auth/keys, and
// keys made on the spot with OpenSSL EVP for the shapes a server must refuse.
#pragma once

#include <string>

#include "lys/auth/jwt_key.h"

namespace lys::auth::testing {

std::string key_path(const std::string& file);  // "rs256-private.pem" → full path
std::string read_key_file(const std::string& file);

Key rs256_private();
Key rs256_public();
Key es256_private();
Key es256_public();
Key hs256_test_key();  // a 32-byte secret

// Freshly generated keys as PEM text (PKCS#8 private, SubjectPublicKeyInfo public).
struct PemPair {
  std::string private_pem;
  std::string public_pem;
};
PemPair generate_rsa(int bits);
PemPair generate_ec(const char* curve);  // "P-256", "P-384"

}  // namespace lys::auth::testing
