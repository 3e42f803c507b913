// The keys of the tokens the server verifies and issues, loaded before it listens: a
// short secret, an unreadable key file or settings that would let one kind of token
// pass for another stop it (std::runtime_error), never a server that accepts weak
// tokens.
#pragma once

#include "lys/api/sign_in.h"
#include "lys/auth/bearer.h"
#include "server/config.h"

namespace lys::server {

struct TokenKeys {
  auth::BearerAuthenticator authenticator;  // user access tokens and service tokens
  api::SignInOptions sign_in;               // how login and refreshToken issue tokens
};

TokenKeys load_token_keys(const Config& config);

}  // namespace lys::server
