// One fixture record as an idempotent upsert: inserted with the record's values (the
// other columns take their defaults), or updated only where a value differs, bumping
// updated_at and version; a row already right is left alone.
#pragma once

#include <string>
#include <vector>

#include "lys/db/connection.h"
#include "lys/model/model.h"

namespace lys::db {

struct FixtureUpsert {
  std::string exists_sql;     // SELECT with $1 = the id
  std::string upsert_sql;     // returns a row when it inserted or changed one
  std::vector<Param> params;  // the id first, then the record's values
};

FixtureUpsert fixture_upsert(const model::Model& model, const model::Entity& entity,
                             const model::FixtureRecord& record, Dialect dialect);

// The id of the record `key` of `entity`: the key itself for a parametric entity,
// else UUID v5 of "<qualified entity>/<key>".
std::string fixture_id(const model::Entity& entity, const std::string& key);

}  // namespace lys::db
