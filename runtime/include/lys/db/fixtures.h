// The fixtures loader: the model's seed data for one environment, in dependency
// order, as idempotent upserts (a second run changes nothing: rows whose values are
// already right are not touched, so their version and updated_at stay). Entity ids are
// stable: UUID v5 of "<qualified entity>/<key>".
#pragma once

#include <string_view>

#include "lys/db/connection.h"
#include "lys/model/model.h"

namespace lys::db {

struct FixtureLoadResult {
  int inserted = 0;
  int updated = 0;
  int unchanged = 0;
};

// Runs in one transaction on `connection`; throws db::Error on failure (nothing kept).
FixtureLoadResult load_fixtures(Connection& connection, const model::Model& model,
                                std::string_view environment);

}  // namespace lys::db
