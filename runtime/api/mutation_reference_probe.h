// SQLite reports a foreign key violation without naming the constraint. To name the
// field anyway, look for the reference of the written row whose target is missing
// (SQLite keeps the transaction usable after a failed statement).
#pragma once

#include "api/input_row.h"
#include "lys/db/connection.h"
#include "lys/model/model.h"

namespace lys::api {

// The first hard reference in `row` naming a row that does not exist, or nullptr.
const model::Field* missing_reference(db::Connection& connection, const model::Model& model,
                                      const model::Entity& entity, const InputRow& row);

}  // namespace lys::api
