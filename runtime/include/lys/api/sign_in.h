// Signing in through the built-in `auth` app: how the server issues its tokens. The
// API serves `login`, `refreshToken`, `logout` and `me` whenever the model has the
// app's users and refresh tokens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "lys/auth/clock.h"
#include "lys/auth/cookies.h"
#include "lys/auth/jwt_key.h"

namespace lys::api {

struct SignInOptions {
  // Signs access tokens; without a key that can sign, login and refreshToken fail.
  std::optional<auth::Key> key;
  std::string issuer = "lys";
  std::string audience = "lys";
  std::int64_t access_token_seconds = 15 * 60;
  std::int64_t refresh_token_seconds = 14 * 24 * 3600;
  // Set: the tokens travel in cookies (auth/cookies.h), not in the response body.
  std::optional<auth::CookiePolicy> cookies;
  auth::UnixClock clock = auth::system_unix_seconds;
};

}  // namespace lys::api
