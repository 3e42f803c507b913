#include "auth/jws_signature.h"

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <optional>
#include <stdexcept>

#include "auth/ecdsa_signature.h"
#include "auth/openssl_ptr.h"

namespace lys::auth {
namespace {

using ContextPtr = OpensslPtr<EVP_MD_CTX, EVP_MD_CTX_free>;

std::string hmac_sha256(std::string_view secret, std::string_view data) {
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()), bytes_of(data),
           data.size(), out, &size) == nullptr) {
    throw std::runtime_error("HMAC-SHA256 failed");
  }
  return std::string(reinterpret_cast<const char*>(out), size);
}

// SHA-256 then the key's own scheme: PKCS#1 v1.5 for RSA, DER-encoded ECDSA for EC.
std::string digest_sign(EVP_PKEY* pkey, std::string_view data) {
  ContextPtr context(EVP_MD_CTX_new());
  std::size_t size = 0;
  if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, pkey) != 1 ||
      EVP_DigestSign(context.get(), nullptr, &size, bytes_of(data), data.size()) != 1) {
    ERR_clear_error();
    throw std::runtime_error("signing failed");
  }
  std::string signature(size, '\0');
  if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size,
                     bytes_of(data), data.size()) != 1) {
    ERR_clear_error();
    throw std::runtime_error("signing failed");
  }
  signature.resize(size);
  return signature;
}

bool digest_verify(EVP_PKEY* pkey, std::string_view data, std::string_view signature) {
  ContextPtr context(EVP_MD_CTX_new());
  const bool valid =
      context && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, pkey) == 1 &&
      EVP_DigestVerify(context.get(), bytes_of(signature), signature.size(), bytes_of(data),
                       data.size()) == 1;
  // A bad signature leaves errors on the thread's queue; they belong to no one.
  ERR_clear_error();
  return valid;
}

}  // namespace

std::string jws_sign(const Key& key, std::string_view signing_input) {
  if (!key.can_sign()) {
    throw KeyError(std::string(jws_name(key.algorithm())) +
                   " signing needs a private key; this one is public");
  }
  switch (key.algorithm()) {
    case Algorithm::hs256:
      return hmac_sha256(key.secret(), signing_input);
    case Algorithm::rs256:
      return digest_sign(key.pkey(), signing_input);
    case Algorithm::es256:
      if (auto raw = ecdsa_der_to_raw(digest_sign(key.pkey(), signing_input))) return *raw;
      throw std::runtime_error("ES256 produced a signature that is not P-256 sized");
  }
  throw std::logic_error("unknown algorithm");
}

bool jws_verify(const Key& key, std::string_view signing_input, std::string_view signature) {
  switch (key.algorithm()) {
    case Algorithm::hs256: {
      const std::string expected = hmac_sha256(key.secret(), signing_input);
      return signature.size() == expected.size() &&
             CRYPTO_memcmp(signature.data(), expected.data(), expected.size()) == 0;
    }
    case Algorithm::rs256:
      return digest_verify(key.pkey(), signing_input, signature);
    case Algorithm::es256: {
      const std::optional<std::string> der = ecdsa_raw_to_der(signature);
      return der && digest_verify(key.pkey(), signing_input, *der);
    }
  }
  return false;
}

}  // namespace lys::auth
