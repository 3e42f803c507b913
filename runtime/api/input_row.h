// The input object of createX / updateX / deleteX → the row to write: every settable
// field by its GraphQL name, defaults from the session, the key and version. Nothing
// here touches the database; every failure is a BAD_USER_INPUT naming its path.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "lys/access/session.h"
#include "lys/db/connection.h"
#include "lys/graphql/value.h"
#include "lys/model/model.h"

namespace lys::api {

struct ColumnValue {
  std::string column;
  db::Param value;
};

// Columns in the entity's field order, so equal shapes give equal SQL text.
using InputRow = std::vector<ColumnValue>;

// A field the API may write: not the key, not a timestamp or the version, not
// readonly or hidden. A parametric entity's `enabled` flag is settable.
bool is_settable(const model::Field& field);

// The row of a new record, its key first: a fresh UUID v4 for an entity, the given
// `code` for a parametric one. Omitted fields with a Constant or Now default are left
// to the database; CurrentUser / CurrentOrg defaults come from the session.
InputRow create_row(const model::Model& model, int entity, const graphql::Value& input,
                    const access::Session& session);

struct UpdateRow {
  std::string id;
  std::int64_t version = 0;  // the version the client read
  InputRow changes;          // only the fields given; null clears a nullable one
};

UpdateRow update_row(const model::Model& model, int entity, const graphql::Value& input);

// The key of the row updateX / deleteX act on: `input.id`, a global id of the entity.
std::string target_key(const model::Model& model, int entity, const graphql::Value& input);

}  // namespace lys::api
