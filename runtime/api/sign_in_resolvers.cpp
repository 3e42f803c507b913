// The sign-in API of the built-in auth app: login, refreshToken, logout and me.
// Wrong credentials of any kind fail alike (same code, message and time), refresh
// tokens rotate on every use, and presenting a rotated one again revokes its family.
#include <memory>

#include "api/mutation_error.h"
#include "api/mutation_payload.h"
#include "api/mutation_run.h"
#include "api/resolvers.h"
#include "api/sign_in_store.h"
#include "api/sign_in_tokens.h"
#include "lys/auth/password.h"
#include "lys/auth/refresh_token.h"

namespace lys::api {

namespace {

using namespace sign_in;

struct SignInApi {
  db::Database& database;
  ApiOptions options;
  std::shared_ptr<const query::Planner> planner;
  int user_entity = -1;

  const SignInOptions& settings() const { return options.sign_in; }
};

[[noreturn]] void refuse_credentials() {
  throw_unauthenticated("invalid email or password");
}

// Spends one full verification's time whatever the outcome, so that an unknown email,
// an account without a usable hash and a wrong password cannot be told apart.
bool password_matches(const std::string& password, const std::optional<Account>& account) {
  if (!account) {
    auth::dummy_verify(password);
    return false;
  }
  if (auth::verify_password(password, account->password_hash)) return true;
  if (auth::needs_rehash(account->password_hash)) auth::dummy_verify(password);
  return false;
}

const std::string* text_argument(const graphql::FieldSelection& field, std::string_view name) {
  const graphql::Value* value = field.argument(name);
  return value == nullptr || value->is_null() ? nullptr : &value->text;
}

// The stored hash of the request's refresh token: the argument, else (cookie
// transport) the cookie; nullopt when there is none or it cannot be a token.
std::optional<std::string> presented_token_hash(const SignInApi& api,
                                                const graphql::FieldSelection& field,
                                                const graphql::ResolveContext& context) {
  if (const std::string* token = text_argument(field, "token")) {
    return auth::refresh_token_hash(*token);
  }
  if (!api.settings().cookies) return std::nullopt;
  if (auto cookie = auth::find_cookie(context.cookies, auth::kRefreshCookie)) {
    return auth::refresh_token_hash(*cookie);
  }
  return std::nullopt;
}

// What one root field does; its failures become the field's error (resolve_field).
using Resolve = void (*)(const SignInApi& api, const graphql::FieldSelection& field,
                         graphql::ResolveContext& context, std::string& out);

graphql::RootResolver resolver(std::shared_ptr<const SignInApi> api, Resolve resolve) {
  return [api = std::move(api), resolve](const graphql::FieldSelection& field,
                                         graphql::ResolveContext& context, std::string& out) {
    return resolve_field(field, context, api->options, out,
                         [&](std::string& value) { resolve(*api, field, context, value); });
  };
}

void login(const SignInApi& api, const graphql::FieldSelection& field,
           graphql::ResolveContext& context, std::string& out) {
  const std::string& email = field.argument("email")->text;
  const std::string& password = field.argument("password")->text;
  std::optional<Account> account;
  {
    db::Database::Lease connection = api.database.acquire();
    account = find_account(*connection, email);
  }
  if (!password_matches(password, account)) refuse_credentials();
  // Hashing takes long: never inside the transaction.
  std::optional<std::string> new_hash;
  if (auth::needs_rehash(account->password_hash)) new_hash = auth::hash_password(password);

  std::int64_t now = api.settings().clock();
  Issued issued;
  in_transaction(
      api.database,
      [&](db::Connection& connection, std::string& payload) {
        record_sign_in(connection, account->user_id, new_hash, utc_text(now));
        issued = issue_tokens(connection, api.settings(), account->user_id,
                              auth::new_token_family(), now);
        write_auth_payload(connection, *api.planner, api.user_entity, issued, api.settings(), field,
                           now, payload);
      },
      out);
  set_token_cookies(context, api.settings(), &issued);
}

void refresh(const SignInApi& api, const graphql::FieldSelection& field,
             graphql::ResolveContext& context, std::string& out) {
  std::optional<std::string> hash = presented_token_hash(api, field, context);
  std::int64_t now = api.settings().clock();
  std::string now_text = utc_text(now);
  std::optional<Issued> issued;
  if (hash) {
    // A reuse's revocation commits, though the request then fails.
    in_transaction(
        api.database,
        [&](db::Connection& connection, std::string& payload) {
          issued.reset();
          if (auto consumed = consume_refresh_token(connection, *hash, now_text)) {
            issued =
                issue_tokens(connection, api.settings(), consumed->user_id, consumed->family, now);
            write_auth_payload(connection, *api.planner, api.user_entity, *issued, api.settings(),
                               field, now, payload);
          } else if (auto family = revoked_family(connection, *hash)) {
            revoke_family(connection, *family, now_text);
          }
        },
        out);
  }
  if (!issued) {
    set_token_cookies(context, api.settings(), nullptr);
    throw_unauthenticated("invalid refresh token");
  }
  set_token_cookies(context, api.settings(), &*issued);
}

void logout(const SignInApi& api, const graphql::FieldSelection& field,
            graphql::ResolveContext& context, std::string& out) {
  std::optional<std::string> hash = presented_token_hash(api, field, context);
  std::size_t revoked = 0;
  if (hash) {
    std::string now = utc_text(api.settings().clock());
    std::string nothing;
    in_transaction(
        api.database,
        [&](db::Connection& connection, std::string&) {
          revoked = 0;
          if (auto family = family_of(connection, *hash)) {
            revoked = revoke_family(connection, *family, now);
          }
        },
        nothing);
  }
  set_token_cookies(context, api.settings(), nullptr);
  write_payload(
      field,
      [&](const graphql::FieldSelection&, std::string& member) {
        member += revoked > 0 ? "true" : "false";
      },
      out);
}

void me(const SignInApi& api, const graphql::FieldSelection& field,
        graphql::ResolveContext& context, std::string& out) {
  if (!context.session.user_id) {
    out += "null";
    return;
  }
  query::Statement statement = api.planner->plan_object(api.user_entity, *context.session.user_id,
                                                        field.selection, context.session);
  db::Database::Lease connection = api.database.acquire();
  query::run(*connection, statement, out);
}

int entity_index(const model::Model& model, std::string_view qualified) {
  for (std::size_t i = 0; i < model.entities.size(); ++i) {
    if (model.entities[i].qualified == qualified) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

bool has_sign_in(const model::Model& model) {
  int user = entity_index(model, "auth.User");
  return user >= 0 && user == model.access.user &&
         !model.entities[static_cast<std::size_t>(user)].hidden &&
         entity_index(model, "auth.RefreshToken") >= 0;
}

void register_sign_in_resolvers(graphql::Executor& executor, const model::Model& model,
                                std::shared_ptr<const query::Planner> planner,
                                db::Database& database, ApiOptions options) {
  auto api = std::make_shared<const SignInApi>(SignInApi{
      database, std::move(options), std::move(planner), entity_index(model, "auth.User")});
  executor.set_resolver("Query", "me", resolver(api, me));
  executor.set_resolver("Mutation", "login", resolver(api, login));
  executor.set_resolver("Mutation", "refreshToken", resolver(api, refresh));
  executor.set_resolver("Mutation", "logout", resolver(api, logout));
}

}  // namespace lys::api
