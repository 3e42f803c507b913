// Signing in to catalog-server over HTTP: users with known passwords, the login,
// refreshToken and logout mutations, and the cookies of the cookie transport.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "support/catalog.h"
#include "support/http_client.h"

namespace lys::e2e {

// The dev fixture users (alice, bob) have no usable password; this gives one, stored
// with a cheap work factor so that signing in rehashes it.
void set_password(Catalog& catalog, const std::string& email, const std::string& password);

inline constexpr const char* kAliceEmail = "alice@example.com";
inline constexpr const char* kAlicePassword = "alice-correct-horse-battery";

// The selection of AuthPayload the tests read.
inline constexpr const char* kAuthPayload =
    "accessToken tokenType expiresIn expiresAt refreshToken refreshTokenExpiresAt user { email }";

HttpResponse login(TestServer& server, const std::string& email, const std::string& password,
                   const std::vector<std::pair<std::string, std::string>>& headers = {});
// refreshToken / logout with the token as argument (null: none, the cookie's).
HttpResponse refresh(TestServer& server, const std::optional<std::string>& token,
                     const std::vector<std::pair<std::string, std::string>>& headers = {});
HttpResponse logout(TestServer& server, const std::optional<std::string>& token,
                    const std::vector<std::pair<std::string, std::string>>& headers = {});

// POST /graphql with these headers.
HttpResponse post_with_headers(TestServer& server, const std::string& query,
                               const std::vector<std::pair<std::string, std::string>>& headers);

// The Set-Cookie headers of a response, and the value one of them sets.
std::vector<std::string> set_cookies(const HttpResponse& response);
std::optional<std::string> cookie_value(const HttpResponse& response, const std::string& name);

}  // namespace lys::e2e
