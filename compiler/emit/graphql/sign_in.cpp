#include "compiler/emit/graphql/sign_in.h"

#include "compiler/emit/graphql/exposure.h"

namespace lys::emit::graphql {

namespace {

const ir::Entity* auth_entity(const ir::Schema& schema, const std::string& name) {
  for (const ir::Entity& entity : schema.entities) {
    if (entity.qualified == "auth." + name) return &entity;
  }
  return nullptr;
}

}  // namespace

const ir::Entity* sign_in_user(const ir::Schema& schema) {
  const ir::Entity* user = auth_entity(schema, "User");
  if (user == nullptr || user->role != ir::EntityRole::User || !is_exposed(*user)) return nullptr;
  if (auth_entity(schema, "RefreshToken") == nullptr) return nullptr;
  return user;
}

std::vector<SdlDefinition> sign_in_types(const ir::Entity& user) {
  SdlDefinition auth{SdlDefinition::Kind::Object,
                     "What signing in or refreshing returns. When the server carries tokens in "
                     "cookies, both tokens are null here: they are in HttpOnly cookies.",
                     "AuthPayload"};
  auth.fields = {
      {"The access token (a JWT), sent as `Authorization: Bearer <token>`.",
       "accessToken",
       {},
       "String",
       {}},
      {"The scheme of the access token: \"Bearer\".", "tokenType", {}, "String!", {}},
      {"Seconds until the access token expires.", "expiresIn", {}, "Int!", {}},
      {"When the access token expires.", "expiresAt", {}, "DateTime!", {}},
      {"The refresh token: exchanged once, by refreshToken, for new tokens.",
       "refreshToken",
       {},
       "String",
       {}},
      {"When the refresh token expires.", "refreshTokenExpiresAt", {}, "DateTime!", {}},
      {"The signed-in user.", "user", {}, user.graphql_name, {}},
  };
  SdlDefinition logout{SdlDefinition::Kind::Object, "What signing out returns.", "LogoutPayload"};
  logout.fields = {
      {"Whether a sign-in was revoked: false when the token was unknown, expired "
       "or already revoked.",
       "revoked",
       {},
       "Boolean!",
       {}}};
  return {auth, logout};
}

SdlField me_field(const ir::Entity& user) {
  return {"The signed-in user; null when anonymous.", "me", {}, user.graphql_name, {}};
}

std::vector<SdlField> sign_in_mutations() {
  return {
      {"Signs in. A wrong password and an unknown email fail alike, with UNAUTHENTICATED.",
       "login",
       {{"email", "String!", {}}, {"password", "String!", {}}},
       "AuthPayload!",
       {}},
      {"Exchanges a refresh token (the argument, else the refresh cookie) for new tokens; it "
       "stops working. Presenting a used refresh token again revokes its whole sign-in.",
       "refreshToken",
       {{"token", "String", {}}},
       "AuthPayload!",
       {}},
      {"Signs out: revokes every token of the sign-in the refresh token (the argument, else "
       "the refresh cookie) belongs to, and clears the cookies.",
       "logout",
       {{"token", "String", {}}},
       "LogoutPayload!",
       {}},
  };
}

}  // namespace lys::emit::graphql
