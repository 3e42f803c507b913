// The sign-in API of the built-in `auth` app: the `me` query, the `login`,
// `refreshToken` and `logout` mutations and their payload types. The runtime serves
// them whenever the schema has the app's users and refresh tokens.
#pragma once

#include <vector>

#include "compiler/emit/graphql/sdl_document.h"
#include "compiler/ir/ir.h"

namespace lys::emit::graphql {

// The exposed `auth.User` entity when the schema has the auth app with its users and
// refresh tokens; null otherwise.
const ir::Entity* sign_in_user(const ir::Schema& schema);

// AuthPayload and LogoutPayload.
std::vector<SdlDefinition> sign_in_types(const ir::Entity& user);

SdlField me_field(const ir::Entity& user);
std::vector<SdlField> sign_in_mutations();

}  // namespace lys::emit::graphql
