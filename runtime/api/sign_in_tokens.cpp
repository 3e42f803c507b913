#include "api/sign_in_tokens.h"

#include <fmt/format.h>

#include "api/input_json.h"
#include "api/mutation_error.h"
#include "api/mutation_payload.h"
#include "api/sign_in_store.h"
#include "auth/random_bytes.h"
#include "codec/base64.h"
#include "lys/auth/jwt.h"
#include "lys/auth/refresh_token.h"

namespace lys::api::sign_in {

namespace {

void append_token(std::string& out, const std::string& token, const SignInOptions& options) {
  if (options.cookies) {
    out += "null";
  } else {
    append_json_string(out, token);
  }
}

}  // namespace

Issued issue_tokens(db::Connection& connection, const SignInOptions& options,
                    const std::string& user_id, const std::string& family, std::int64_t now) {
  if (!options.key || !options.key->can_sign()) {
    graphql::Error error;
    error.code = "INTERNAL";
    error.message = "this server cannot sign in: it has no private key to sign tokens with";
    throw MutationError(std::move(error));
  }
  Issued issued;
  issued.session.user_id = user_id;
  issued.session.roles = roles_of(connection, user_id);

  auth::RefreshToken refresh = auth::new_refresh_token();
  issued.refresh_token = std::move(refresh.token);
  issued.refresh_expires = now + options.refresh_token_seconds;
  insert_refresh_token(connection,
                       {user_id, refresh.hash, family, utc_text(issued.refresh_expires)});

  auth::Claims claims;
  claims.subject = user_id;
  claims.issuer = options.issuer;
  claims.audience = {options.audience};
  claims.issued_at = now;
  claims.not_before = now;
  claims.expires = now + options.access_token_seconds;
  claims.token_id = codec::base64url(auth::random_bytes(16));
  claims.roles = issued.session.roles;
  issued.access_token = auth::sign_jwt(claims, *options.key);
  issued.access_expires = *claims.expires;
  return issued;
}

void write_auth_payload(db::Connection& connection, const query::Planner& planner, int user_entity,
                        const Issued& issued, const SignInOptions& options,
                        const graphql::FieldSelection& field, std::int64_t now, std::string& out) {
  write_payload(
      field,
      [&](const graphql::FieldSelection& member, std::string& value) {
        if (member.name == "accessToken") {
          append_token(value, issued.access_token, options);
        } else if (member.name == "tokenType") {
          value += "\"Bearer\"";
        } else if (member.name == "expiresIn") {
          value += std::to_string(issued.access_expires - now);
        } else if (member.name == "expiresAt") {
          append_json_string(value, utc_text(issued.access_expires));
        } else if (member.name == "refreshToken") {
          append_token(value, issued.refresh_token, options);
        } else if (member.name == "refreshTokenExpiresAt") {
          append_json_string(value, utc_text(issued.refresh_expires));
        } else if (member.name == "user") {
          query::run(connection,
                     planner.plan_object(user_entity, *issued.session.user_id, member.selection,
                                         issued.session),
                     value);
        }
      },
      out);
}

void set_token_cookies(const graphql::ResolveContext& context, const SignInOptions& options,
                       const Issued* issued) {
  if (!options.cookies || context.set_cookies == nullptr) return;
  const auth::CookiePolicy& policy = *options.cookies;
  std::vector<std::string>& cookies = *context.set_cookies;
  if (issued == nullptr) {
    for (std::string_view name : {auth::kAccessCookie, auth::kRefreshCookie, auth::kXsrfCookie}) {
      cookies.push_back(auth::set_cookie(name, "", 0, name != auth::kXsrfCookie, policy));
    }
    return;
  }
  cookies.push_back(auth::set_cookie(auth::kAccessCookie, issued->access_token,
                                     options.access_token_seconds, true, policy));
  cookies.push_back(auth::set_cookie(auth::kRefreshCookie, issued->refresh_token,
                                     options.refresh_token_seconds, true, policy));
  // Readable by the site's scripts, which echo it in X-XSRF-Token.
  cookies.push_back(auth::set_cookie(auth::kXsrfCookie, auth::new_xsrf_token(),
                                     options.refresh_token_seconds, false, policy));
}

}  // namespace lys::api::sign_in
