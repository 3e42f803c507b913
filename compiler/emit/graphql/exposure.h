// What of the IR the GraphQL API shows: hidden entities and fields never leave the
// server, and an operation no rule allows has no root field (no rule = denied).
#pragma once

#include "compiler/ir/ir.h"

namespace lys::emit::graphql {

bool is_exposed(const ir::Entity& entity);
bool is_exposed(const ir::Field& field);

// True when at least one rule of the entity allows `operation` to someone.
bool allows(const ir::Entity& entity, ir::Operation operation);

// The entity a reference points to when it has an object type in the API; null for
// other types, hidden targets and soft references to entities outside the schema.
const ir::Entity* exposed_target(const ir::Schema& schema, const ir::Type& type);

// Whether the entity's list types (XConnection, XEdge, XFilter, XOrder) exist:
// when a rule lets someone read it, or an allowed named query returns a page of it.
bool is_listed(const ir::Schema& schema, const ir::Entity& entity);

// Fields a client may set through create and update: declared, visible, writable;
// `enabled` of parametric entities too (reference data is switched off, not deleted).
bool is_settable(const ir::Field& field);

// Whether creating the entity takes a `password`: the @user entity with its hidden
// `password_hash` field, which the server fills with the password's hash.
bool takes_password(const ir::Entity& entity);

}  // namespace lys::emit::graphql
