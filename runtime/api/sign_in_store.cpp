#include "api/sign_in_store.h"

#include <fmt/format.h>

#include <ctime>

#include "lys/db/ids.h"

namespace lys::api::sign_in {

namespace {

std::optional<std::string> first_text(const db::Rows& rows) {
  if (rows.empty() || rows.is_null(0, 0)) return std::nullopt;
  return std::string(rows.text(0, 0));
}

}  // namespace

std::string utc_text(std::int64_t unix_seconds) {
  std::time_t time = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.000Z", utc.tm_year + 1900, utc.tm_mon + 1,
                     utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

std::optional<Account> find_account(db::Connection& connection, const std::string& email) {
  db::Param params[] = {email};
  db::Rows rows = connection.query(
      "SELECT id, password_hash FROM auth_user WHERE lower(email) = lower($1)", params);
  if (rows.empty()) return std::nullopt;
  return Account{std::string(rows.text(0, 0)), std::string(rows.text(0, 1))};
}

void record_sign_in(db::Connection& connection, const std::string& user_id,
                    const std::optional<std::string>& new_hash, const std::string& now) {
  if (new_hash) {
    db::Param params[] = {user_id, now, *new_hash};
    connection.query(
        "UPDATE auth_user SET last_login_at = $2, password_hash = $3, updated_at = $2, "
        "version = version + 1 WHERE id = $1",
        params);
    return;
  }
  db::Param params[] = {user_id, now};
  connection.query("UPDATE auth_user SET last_login_at = $2 WHERE id = $1", params);
}

std::vector<std::string> roles_of(db::Connection& connection, const std::string& user_id) {
  db::Param params[] = {user_id};
  db::Rows rows = connection.query(
      "SELECT role_id FROM auth_user_role WHERE user_id = $1 ORDER BY role_id", params);
  std::vector<std::string> roles;
  for (std::size_t row = 0; row < rows.size(); ++row) roles.emplace_back(rows.text(row, 0));
  return roles;
}

void insert_refresh_token(db::Connection& connection, const StoredToken& token) {
  db::Param params[] = {db::random_uuid(), token.user_id, token.hash, token.family,
                        token.expires_at};
  connection.query(
      "INSERT INTO auth_refresh_token (id, user_id, token_hash, family, expires_at) "
      "VALUES ($1, $2, $3, $4, $5)",
      params);
}

std::optional<Consumed> consume_refresh_token(db::Connection& connection, const std::string& hash,
                                              const std::string& now) {
  db::Param params[] = {hash, now};
  db::Rows rows = connection.query(
      "UPDATE auth_refresh_token SET revoked_at = $2, updated_at = $2, version = version + 1 "
      "WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2 "
      "RETURNING user_id, family",
      params);
  if (rows.empty()) return std::nullopt;
  return Consumed{std::string(rows.text(0, 0)), std::string(rows.text(0, 1))};
}

std::optional<std::string> revoked_family(db::Connection& connection, const std::string& hash) {
  db::Param params[] = {hash};
  return first_text(connection.query(
      "SELECT family FROM auth_refresh_token WHERE token_hash = $1 AND revoked_at IS NOT NULL",
      params));
}

std::optional<std::string> family_of(db::Connection& connection, const std::string& hash) {
  db::Param params[] = {hash};
  return first_text(
      connection.query("SELECT family FROM auth_refresh_token WHERE token_hash = $1", params));
}

std::size_t revoke_family(db::Connection& connection, const std::string& family,
                          const std::string& now) {
  db::Param params[] = {family, now};
  return connection
      .query(
          "UPDATE auth_refresh_token SET revoked_at = $2, updated_at = $2, version = version + 1 "
          "WHERE family = $1 AND revoked_at IS NULL RETURNING id",
          params)
      .size();
}

std::string insert_user(db::Connection& connection, const std::string& email,
                        const std::string& password_hash) {
  std::string id = db::random_uuid();
  db::Param params[] = {id, email, password_hash};
  connection.query("INSERT INTO auth_user (id, email, password_hash) VALUES ($1, $2, $3)", params);
  return id;
}

bool role_exists(db::Connection& connection, const std::string& role) {
  db::Param params[] = {role};
  return !connection.query("SELECT 1 FROM auth_role WHERE id = $1", params).empty();
}

void grant_role(db::Connection& connection, const std::string& user_id, const std::string& role) {
  db::Param params[] = {db::random_uuid(), user_id, role};
  connection.query("INSERT INTO auth_user_role (id, user_id, role_id) VALUES ($1, $2, $3)", params);
}

}  // namespace lys::api::sign_in
