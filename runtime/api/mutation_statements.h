// The SQL of the writes: one statement each, $1..$n parameters, the row's key
// returned so the caller can tell "no such row" from success.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "api/input_row.h"
#include "lys/db/connection.h"
#include "lys/model/model.h"

namespace lys::api {

struct Statement {
  std::string sql;
  std::vector<db::Param> params;
};

// Extra terms of a statement's WHERE clause (" AND …", permissions), binding their
// values into the statement; none when empty.
using RowRestriction = std::function<std::string(Statement& statement)>;

// INSERT INTO t (…) VALUES (…) RETURNING id
Statement insert_statement(const model::Entity& entity, InputRow row);

// UPDATE t SET …, updated_at = now, version = version + 1
// WHERE id = $ AND version = $ RETURNING id
Statement update_statement(const model::Entity& entity, db::Dialect dialect, UpdateRow update,
                           const RowRestriction& restriction = {});

// A named mutation's `set` assignments on the row `id`, with the same version bump;
// `arguments` are the operation's coerced arguments, bound where a template uses them.
Statement assignment_statement(const model::Entity& entity, db::Dialect dialect,
                               const model::NamedOperation& operation, std::string id,
                               const std::vector<db::Param>& arguments,
                               const RowRestriction& restriction = {});

// DELETE FROM t WHERE id = $1 RETURNING id
Statement delete_statement(const model::Entity& entity, std::string id,
                           const RowRestriction& restriction = {});

// SELECT version FROM t WHERE id = $1: after an update matched nothing, tells a stale
// version from a missing row.
Statement current_version_statement(const model::Entity& entity, std::string id,
                                    const RowRestriction& restriction = {});

}  // namespace lys::api
