// The tokens a sign-in gets (login, and every refreshToken after it): a signed access
// token carrying the user's roles, and an opaque refresh token of the sign-in's
// family, of which only the hash is stored. Then the AuthPayload that returns them,
// or, with cookie transport, the cookies that carry them.
#pragma once

#include <cstdint>
#include <string>

#include "lys/access/session.h"
#include "lys/api/sign_in.h"
#include "lys/db/connection.h"
#include "lys/graphql/executor.h"
#include "lys/query/planner.h"

namespace lys::api::sign_in {

struct Issued {
  access::Session session;  // what the access token says
  std::string access_token;
  std::int64_t access_expires = 0;  // Unix seconds
  std::string refresh_token;
  std::int64_t refresh_expires = 0;
};

// Stores a new refresh token of `family` for the user and signs an access token with
// the user's current roles. Throws MutationError when the server cannot sign.
Issued issue_tokens(db::Connection& connection, const SignInOptions& options,
                    const std::string& user_id, const std::string& family, std::int64_t now);

// The AuthPayload of `issued`, its `user` shaped by the selection (read in the same
// transaction, as the signed-in user sees it). With cookies, the tokens are null.
void write_auth_payload(db::Connection& connection, const query::Planner& planner, int user_entity,
                        const Issued& issued, const SignInOptions& options,
                        const graphql::FieldSelection& field, std::int64_t now, std::string& out);

// With cookie transport: the access, refresh and XSRF cookies of `issued`, or, when
// `issued` is null, the same cookies expired (signing out, a refused refresh).
void set_token_cookies(const graphql::ResolveContext& context, const SignInOptions& options,
                       const Issued* issued);

}  // namespace lys::api::sign_in
