#include "lys/auth/password.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <charconv>
#include <optional>
#include <stdexcept>

#include "auth/openssl_ptr.h"
#include "auth/random_bytes.h"
#include "codec/base64.h"

namespace lys::auth {
namespace {

constexpr std::string_view kScheme = "pbkdf2-sha256";
constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
// A stored string is data: its work factor is bounded so that a corrupt or planted row
// cannot make one sign-in run for minutes.
constexpr int kMaxIterations = 100'000'000;

struct StoredHash {
  int iterations = 0;
  std::string salt;
  std::string hash;
};

std::optional<std::string_view> next_field(std::string_view& rest) {
  if (rest.empty()) return std::nullopt;
  const std::size_t dollar = rest.find('$');
  const std::string_view field = rest.substr(0, dollar);
  rest = dollar == std::string_view::npos ? std::string_view() : rest.substr(dollar + 1);
  return field;
}

std::optional<int> parse_iterations(std::string_view text) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1 ||
      value > kMaxIterations || text.front() == '0') {
    return std::nullopt;
  }
  return value;
}

// scheme$iterations$salt$hash, every part present and well formed, nothing after.
std::optional<StoredHash> parse_stored(std::string_view stored) {
  std::string_view rest = stored;
  const auto scheme = next_field(rest);
  const auto iterations_text = next_field(rest);
  const auto salt_text = next_field(rest);
  const auto hash_text = next_field(rest);
  if (!scheme || *scheme != kScheme || !iterations_text || !salt_text || !hash_text ||
      !rest.empty() || stored.back() == '$') {
    return std::nullopt;
  }
  const std::optional<int> iterations = parse_iterations(*iterations_text);
  std::optional<std::string> salt = codec::base64url_decode(*salt_text);
  std::optional<std::string> hash = codec::base64url_decode(*hash_text);
  if (!iterations || !salt || salt->size() < kSaltBytes || !hash || hash->size() < kHashBytes) {
    return std::nullopt;
  }
  return StoredHash{*iterations, std::move(*salt), std::move(*hash)};
}

void check_iterations(int iterations) {
  if (iterations < 1 || iterations > kMaxIterations) {
    throw std::invalid_argument("PBKDF2 iterations out of range");
  }
}

}  // namespace

std::string pbkdf2_sha256(std::string_view password, std::string_view salt, int iterations,
                          std::size_t length) {
  check_iterations(iterations);
  std::string out(length, '\0');
  if (PKCS5_PBKDF2_HMAC(password.data(), static_cast<int>(password.size()), bytes_of(salt),
                        static_cast<int>(salt.size()), iterations, EVP_sha256(),
                        static_cast<int>(length),
                        reinterpret_cast<unsigned char*>(out.data())) != 1) {
    throw std::runtime_error("PBKDF2 failed");
  }
  return out;
}

std::string password_weakness(std::string_view password, std::string_view email) {
  constexpr std::size_t kMinimumLength = 12;
  constexpr std::size_t kMaximumLength = 1024;
  if (password.empty()) return "the password is empty";
  if (password.size() < kMinimumLength) return "the password is too short: at least 12 characters";
  if (password.size() > kMaximumLength) return "the password is too long: at most 1024 characters";
  if (password == email) return "the password is the email";
  if (password.find_first_not_of(password.front()) == std::string_view::npos) {
    return "the password is one character repeated";
  }
  return "";
}

std::string hash_password(std::string_view password, int iterations) {
  const std::string salt = random_bytes(kSaltBytes);
  const std::string hash = pbkdf2_sha256(password, salt, iterations, kHashBytes);
  return std::string(kScheme) + '$' + std::to_string(iterations) + '$' + codec::base64url(salt) +
         '$' + codec::base64url(hash);
}

bool verify_password(std::string_view password, std::string_view stored) {
  const std::optional<StoredHash> parsed = parse_stored(stored);
  if (!parsed) return false;
  const std::string derived =
      pbkdf2_sha256(password, parsed->salt, parsed->iterations, parsed->hash.size());
  return CRYPTO_memcmp(derived.data(), parsed->hash.data(), derived.size()) == 0;
}

bool needs_rehash(std::string_view stored, int iterations) {
  const std::optional<StoredHash> parsed = parse_stored(stored);
  return !parsed || parsed->iterations < iterations;
}

void dummy_verify(std::string_view password, int iterations) {
  // The same derivation a real verification runs, on a salt no stored hash has.
  static const std::string kDummySalt(kSaltBytes, '\0');
  pbkdf2_sha256(password, kDummySalt, iterations, kHashBytes);
}

}  // namespace lys::auth
