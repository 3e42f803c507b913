#include "support/test_keys.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace lys::auth::testing {
namespace {

std::string to_pem(EVP_PKEY* pkey, bool is_private) {
  std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
  const int written =
      is_private ? PEM_write_bio_PrivateKey(bio.get(), pkey, nullptr, nullptr, 0, nullptr, nullptr)
                 : PEM_write_bio_PUBKEY(bio.get(), pkey);
  if (written != 1) throw std::runtime_error("cannot write a PEM key");
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(size));
}

PemPair pem_pair(EVP_PKEY* generated) {
  if (generated == nullptr) throw std::runtime_error("key generation failed");
  std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(generated, &EVP_PKEY_free);
  return {to_pem(pkey.get(), true), to_pem(pkey.get(), false)};
}

}  // namespace

std::string key_path(const std::string& file) {
  return std::string(LYS_AUTH_KEYS_DIR) + "/" + file;
}

std::string read_key_file(const std::string& file) {
  std::ifstream in(key_path(file));
  if (!in) throw std::runtime_error("missing test key " + file);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Key rs256_private() {
  return Key::from_pem_file(Algorithm::rs256, key_path("rs256-private.pem"));
}
Key rs256_public() {
  return Key::from_pem_file(Algorithm::rs256, key_path("rs256-public.pem"));
}
Key es256_private() {
  return Key::from_pem_file(Algorithm::es256, key_path("es256-private.pem"));
}
Key es256_public() {
  return Key::from_pem_file(Algorithm::es256, key_path("es256-public.pem"));
}
Key hs256_test_key() {
  return Key::hs256("0123456789abcdef0123456789abcdef");
}

PemPair generate_rsa(int bits) {
  return pem_pair(EVP_RSA_gen(static_cast<unsigned>(bits)));
}

PemPair generate_ec(const char* curve) {
  return pem_pair(EVP_EC_gen(curve));
}

}  // namespace lys::auth::testing
