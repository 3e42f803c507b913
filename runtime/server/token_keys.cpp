#include "server/token_keys.h"

#include <stdexcept>

namespace lys::server {

namespace {

// HS256 with `secret`, or RS256 / ES256 with the PEM `key_file`; nullopt when neither
// is configured. `variable` names the key file's setting in errors.
std::optional<auth::Key> load_key(auth::Algorithm algorithm, const std::string& secret,
                                  const std::filesystem::path& key_file,
                                  std::string_view algorithm_variable,
                                  std::string_view key_file_variable) {
  if (algorithm == auth::Algorithm::hs256) {
    if (secret.empty()) return std::nullopt;
    return auth::Key::hs256(secret);
  }
  if (key_file.empty()) {
    throw auth::KeyError(std::string(algorithm_variable) + " is not HS256, so " +
                         std::string(key_file_variable) + " is required");
  }
  return auth::Key::from_pem_file(algorithm, key_file);
}

std::optional<auth::JwtVerifier> verifier(const std::optional<auth::Key>& key,
                                          const std::string& issuer, const std::string& audience,
                                          int clock_skew_seconds) {
  if (!key) return std::nullopt;
  auth::VerifierOptions options;
  options.issuer = issuer;
  options.audience = audience;
  options.clock_skew_seconds = clock_skew_seconds;
  return auth::JwtVerifier(*key, options);
}

bool is_loopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

void check_separation(const Config& config) {
  if (config.internal_token_audience == config.token_audience) {
    throw std::runtime_error(
        "LYS_INTERNAL_TOKEN_AUDIENCE must differ from LYS_TOKEN_AUDIENCE: a user token "
        "must never pass as a service token");
  }
  if (!config.internal_secret_key.empty() && config.internal_secret_key == config.secret_key) {
    throw std::runtime_error("LYS_INTERNAL_SECRET_KEY must differ from LYS_SECRET_KEY");
  }
  if (config.insecure_cookies &&
      (config.environment != Environment::Dev || !is_loopback(config.host))) {
    throw std::runtime_error(
        "LYS_AUTH_COOKIE_INSECURE=1 is for --env dev on a loopback host (127.0.0.1, "
        "localhost, ::1) only");
  }
}

}  // namespace

TokenKeys load_token_keys(const Config& config) {
  check_separation(config);
  std::optional<auth::Key> user_key =
      load_key(config.token_algorithm, config.secret_key, config.token_key_file,
               "LYS_TOKEN_ALGORITHM", "LYS_TOKEN_KEY_FILE");
  std::optional<auth::Key> internal_key = load_key(
      config.internal_token_algorithm, config.internal_secret_key, config.internal_token_key_file,
      "LYS_INTERNAL_TOKEN_ALGORITHM", "LYS_INTERNAL_TOKEN_KEY_FILE");

  api::SignInOptions sign_in;
  sign_in.key = user_key;
  sign_in.issuer = config.token_issuer;
  sign_in.audience = config.token_audience;
  sign_in.access_token_seconds = config.access_token_lifetime_seconds;
  sign_in.refresh_token_seconds = config.refresh_token_lifetime_seconds;
  if (config.auth_cookies) {
    sign_in.cookies = auth::CookiePolicy{config.cookie_same_site, !config.insecure_cookies};
  }
  return {auth::BearerAuthenticator(
              verifier(user_key, config.token_issuer, config.token_audience,
                       config.token_clock_skew_seconds),
              verifier(internal_key, config.internal_token_issuer, config.internal_token_audience,
                       config.token_clock_skew_seconds)),
          std::move(sign_in)};
}

}  // namespace lys::server
