#include "codec/seal.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <memory>
#include <stdexcept>

#include "codec/digest.h"

namespace lys::codec {
namespace {

constexpr std::size_t kBlock = 64;  // SHA-256's block size, HMAC's key padding
// Separates this key from every other use of the same secret (token signatures).
constexpr std::string_view kLabel = "lys global ids and cursors v1";

using DigestContext = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

DigestContext new_context() {
  DigestContext context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
  if (!context) throw std::runtime_error("OpenSSL EVP_MD_CTX_new failed");
  return context;
}

// SHA-256 fetched once: an implicit fetch on every digest costs more than the digest.
const EVP_MD* sha256_algorithm() {
  static EVP_MD* algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  if (algorithm == nullptr) throw std::runtime_error("OpenSSL has no SHA256");
  return algorithm;
}

// A SHA-256 state that has absorbed one padded key block.
DigestContext absorbed(std::string_view block) {
  DigestContext context = new_context();
  if (EVP_DigestInit_ex(context.get(), sha256_algorithm(), nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), block.data(), block.size()) != 1) {
    throw std::runtime_error("OpenSSL SHA-256 failed");
  }
  return context;
}

struct PaddedKeys {
  std::string inner;  // key XOR 0x36…, 64 bytes
  std::string outer;  // key XOR 0x5c…
  // The digest states after each padded key: a tag costs the message's blocks and one
  // more, not the two key blocks again.
  DigestContext inner_state{nullptr, EVP_MD_CTX_free};
  DigestContext outer_state{nullptr, EVP_MD_CTX_free};

  explicit PaddedKeys(std::string_view key) {
    std::string block = key.size() > kBlock ? sha256(key) : std::string(key);
    block.resize(kBlock, '\0');
    for (char byte : block) {
      inner.push_back(static_cast<char>(static_cast<unsigned char>(byte) ^ 0x36U));
      outer.push_back(static_cast<char>(static_cast<unsigned char>(byte) ^ 0x5cU));
    }
    inner_state = absorbed(inner);
    outer_state = absorbed(outer);
  }

  using Tag = std::array<unsigned char, 32>;

  Tag hmac(std::string_view message) const {
    thread_local DigestContext work = new_context();
    unsigned char inner_digest[EVP_MAX_MD_SIZE];
    Tag digest;
    unsigned int inner_size = 0;
    if (EVP_MD_CTX_copy_ex(work.get(), inner_state.get()) != 1 ||
        EVP_DigestUpdate(work.get(), message.data(), message.size()) != 1 ||
        EVP_DigestFinal_ex(work.get(), inner_digest, &inner_size) != 1 ||
        EVP_MD_CTX_copy_ex(work.get(), outer_state.get()) != 1 ||
        EVP_DigestUpdate(work.get(), inner_digest, inner_size) != 1 ||
        EVP_DigestFinal_ex(work.get(), digest.data(), nullptr) != 1) {
      throw std::runtime_error("OpenSSL HMAC-SHA256 failed");
    }
    return digest;
  }
};

std::string random_key() {
  std::string key(32, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), static_cast<int>(key.size())) != 1) {
    throw std::runtime_error("OpenSSL RAND_bytes failed");
  }
  return key;
}

static_assert(kSealTagBytes <= std::tuple_size_v<PaddedKeys::Tag>,
              "a seal's tag is a prefix of the HMAC");

PaddedKeys& keys() {
  static PaddedKeys process_keys(random_key());
  return process_keys;
}

}  // namespace

void set_seal_secret(std::string_view secret) {
  const PaddedKeys::Tag key = PaddedKeys(secret).hmac(kLabel);
  keys() = PaddedKeys(std::string_view(reinterpret_cast<const char*>(key.data()), key.size()));
}

std::string seal(std::string_view message) {
  const PaddedKeys::Tag sealing = keys().hmac(message);
  std::string sealed;
  sealed.reserve(message.size() + kSealTagBytes);
  sealed.append(message).append(reinterpret_cast<const char*>(sealing.data()), kSealTagBytes);
  return sealed;
}

std::optional<std::string> unseal(std::string_view sealed) {
  if (sealed.size() <= kSealTagBytes) return std::nullopt;
  std::string_view message = sealed.substr(0, sealed.size() - kSealTagBytes);
  const PaddedKeys::Tag expected = keys().hmac(message);
  if (CRYPTO_memcmp(expected.data(), sealed.data() + message.size(), kSealTagBytes) != 0) {
    return std::nullopt;
  }
  return std::string(message);
}

PaddedSealKeys padded_seal_keys() {
  return {hex(keys().inner), hex(keys().outer)};
}

}  // namespace lys::codec
