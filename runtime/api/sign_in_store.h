// The rows of the built-in auth app (schemas/auth.lys) that signing in reads and
// writes: users by email, their roles, and refresh tokens. Every statement is
// parameterised and runs on both dialects; instants are RFC 3339 texts (utc_text).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "lys/db/connection.h"

namespace lys::api::sign_in {

// An instant as the database stores it: "2026-11-21T12:00:00.000Z".
std::string utc_text(std::int64_t unix_seconds);

struct Account {
  std::string user_id;
  std::string password_hash;
};

// The user whose email is `email`, compared case-insensitively.
std::optional<Account> find_account(db::Connection& connection, const std::string& email);

// Sets last_login_at, and the password hash when `new_hash` is given (a rehash).
void record_sign_in(db::Connection& connection, const std::string& user_id,
                    const std::optional<std::string>& new_hash, const std::string& now);

// The codes of the user's global roles, in code order.
std::vector<std::string> roles_of(db::Connection& connection, const std::string& user_id);

struct StoredToken {
  std::string user_id;
  std::string hash;
  std::string family;
  std::string expires_at;
};

void insert_refresh_token(db::Connection& connection, const StoredToken& token);

// Revokes the token with this hash if it is live (not revoked, not expired at `now`)
// and returns its user and family; nullopt when it is not live. One statement, so
// two requests presenting the same token cannot both use it.
struct Consumed {
  std::string user_id;
  std::string family;
};
std::optional<Consumed> consume_refresh_token(db::Connection& connection, const std::string& hash,
                                              const std::string& now);

// Whether a token with this hash was issued and has been revoked (rotated or signed
// out): presenting it again is a reuse.
std::optional<std::string> revoked_family(db::Connection& connection, const std::string& hash);

// The family of the token with this hash, whatever its state.
std::optional<std::string> family_of(db::Connection& connection, const std::string& hash);

// Revokes every live token of the family; returns how many it revoked.
std::size_t revoke_family(db::Connection& connection, const std::string& family,
                          const std::string& now);

// Creates a user with this email and password hash and returns its id.
std::string insert_user(db::Connection& connection, const std::string& email,
                        const std::string& password_hash);

bool role_exists(db::Connection& connection, const std::string& role);
void grant_role(db::Connection& connection, const std::string& user_id, const std::string& role);

}  // namespace lys::api::sign_in
