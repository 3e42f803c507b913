#include "codec/seal.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <stdexcept>

#include "codec/digest.h"

namespace lys::codec {
namespace {

constexpr std::size_t kBlock = 64;  // SHA-256's block size, HMAC's key padding
// Separates this key from every other use of the same secret (token signatures).
constexpr std::string_view kLabel = "lys global ids and cursors v1";

struct PaddedKeys {
  std::string inner;  // key XOR 0x36…, 64 bytes
  std::string outer;  // key XOR 0x5c…

  explicit PaddedKeys(std::string_view key) {
    std::string block = key.size() > kBlock ? sha256(key) : std::string(key);
    block.resize(kBlock, '\0');
    for (char byte : block) {
      inner.push_back(static_cast<char>(static_cast<unsigned char>(byte) ^ 0x36U));
      outer.push_back(static_cast<char>(static_cast<unsigned char>(byte) ^ 0x5cU));
    }
  }

  std::string hmac(std::string_view message) const {
    std::string inner_input = inner;
    inner_input.append(message);
    return sha256(outer + sha256(inner_input));
  }
};

std::string random_key() {
  std::string key(32, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), static_cast<int>(key.size())) != 1) {
    throw std::runtime_error("OpenSSL RAND_bytes failed");
  }
  return key;
}

PaddedKeys& keys() {
  static PaddedKeys process_keys(random_key());
  return process_keys;
}

std::string tag(std::string_view message) {
  return keys().hmac(message).substr(0, kSealTagBytes);
}

}  // namespace

void set_seal_secret(std::string_view secret) {
  keys() = PaddedKeys(PaddedKeys(secret).hmac(kLabel));
}

std::string seal(std::string_view message) {
  std::string sealed(message);
  sealed.append(tag(message));
  return sealed;
}

std::optional<std::string> unseal(std::string_view sealed) {
  if (sealed.size() <= kSealTagBytes) return std::nullopt;
  std::string_view message = sealed.substr(0, sealed.size() - kSealTagBytes);
  std::string expected = tag(message);
  if (CRYPTO_memcmp(expected.data(), sealed.data() + message.size(), kSealTagBytes) != 0) {
    return std::nullopt;
  }
  return std::string(message);
}

PaddedSealKeys padded_seal_keys() {
  return {hex(keys().inner), hex(keys().outer)};
}

}  // namespace lys::codec
