#include "lys/auth/jwt_key.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <fstream>
#include <sstream>

#include "auth/openssl_ptr.h"

namespace lys::auth {
namespace {

constexpr std::size_t kMinimumSecretBytes = 32;
constexpr int kMinimumRsaBits = 2048;

// A key file never asks for a passphrase: an encrypted key fails to load instead of
// blocking on the terminal.
int no_passphrase(char*, int, int, void*) {
  return 0;
}

std::shared_ptr<EVP_PKEY> read_pem(std::string_view pem, bool is_private) {
  OpensslPtr<BIO, BIO_free> bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  if (!bio) return nullptr;
  EVP_PKEY* pkey = is_private ? PEM_read_bio_PrivateKey(bio.get(), nullptr, no_passphrase, nullptr)
                              : PEM_read_bio_PUBKEY(bio.get(), nullptr, no_passphrase, nullptr);
  ERR_clear_error();
  return std::shared_ptr<EVP_PKEY>(pkey, EVP_PKEY_free);
}

bool is_p256(EVP_PKEY* pkey) {
  char curve[64] = {};
  std::size_t size = 0;
  if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, curve, sizeof curve,
                                     &size) != 1) {
    return false;
  }
  return std::string_view(curve, size) == SN_X9_62_prime256v1;
}

// The key's type must be the algorithm's, so that no key ever serves two algorithms.
void check_fits(Algorithm algorithm, EVP_PKEY* pkey) {
  if (algorithm == Algorithm::rs256) {
    if (!EVP_PKEY_is_a(pkey, "RSA")) throw KeyError("RS256 needs an RSA key");
    if (EVP_PKEY_get_bits(pkey) < kMinimumRsaBits) {
      throw KeyError("RS256 needs an RSA key of at least 2048 bits");
    }
  } else if (!EVP_PKEY_is_a(pkey, "EC") || !is_p256(pkey)) {
    throw KeyError("ES256 needs an EC key on the P-256 curve");
  }
}

}  // namespace

std::string_view jws_name(Algorithm algorithm) {
  switch (algorithm) {
    case Algorithm::hs256:
      return "HS256";
    case Algorithm::rs256:
      return "RS256";
    case Algorithm::es256:
      return "ES256";
  }
  return "?";
}

Key::Key(Algorithm algorithm, std::string secret, std::shared_ptr<EVP_PKEY> pkey, bool can_sign)
    : algorithm_(algorithm),
      secret_(std::move(secret)),
      pkey_(std::move(pkey)),
      can_sign_(can_sign) {}

Key Key::hs256(std::string_view secret) {
  if (secret.size() < kMinimumSecretBytes) {
    throw KeyError("the HS256 secret is " + std::to_string(secret.size()) +
                   " bytes long; it must be at least 32 bytes");
  }
  // A public key used as an HMAC secret is the key-confusion attack's own move.
  if (secret.find("-----BEGIN") != std::string_view::npos) {
    throw KeyError("the HS256 secret is a PEM key; RS256 and ES256 take PEM keys");
  }
  return Key(Algorithm::hs256, std::string(secret), nullptr, true);
}

Key Key::from_pem(Algorithm algorithm, std::string_view pem) {
  if (algorithm == Algorithm::hs256) throw KeyError("HS256 takes a secret, not a PEM key");
  const bool is_private = pem.find("PRIVATE KEY-----") != std::string_view::npos;
  std::shared_ptr<EVP_PKEY> pkey = read_pem(pem, is_private);
  if (!pkey) {
    throw KeyError(std::string("the ") + std::string(jws_name(algorithm)) + " key is not a " +
                   (is_private ? "readable unencrypted private key" : "public key") + " in PEM");
  }
  check_fits(algorithm, pkey.get());
  return Key(algorithm, {}, std::move(pkey), is_private);
}

Key Key::from_pem_file(Algorithm algorithm, const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw KeyError("cannot read the key file " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  try {
    return from_pem(algorithm, text.str());
  } catch (const KeyError& error) {
    throw KeyError(path.string() + ": " + error.what());
  }
}

}  // namespace lys::auth
