#include "lys/db/fixtures.h"

#include <algorithm>

#include "db/fixture_upsert.h"

namespace lys::db {
namespace {

bool loads_in(const model::FixtureSet& set, std::string_view environment) {
  return set.environments.empty() || std::find(set.environments.begin(), set.environments.end(),
                                               environment) != set.environments.end();
}

}  // namespace

FixtureLoadResult load_fixtures(Connection& connection, const model::Model& model,
                                std::string_view environment) {
  FixtureLoadResult result;
  Transaction transaction(connection);
  for (const model::FixtureSet& set : model.fixtures) {
    if (!loads_in(set, environment)) continue;
    const model::Entity& entity = model.entities[set.entity];
    for (const model::FixtureRecord& record : set.records) {
      const FixtureUpsert upsert = fixture_upsert(model, entity, record, connection.dialect());
      const bool existed =
          !connection.query(upsert.exists_sql, std::span(upsert.params).first(1)).empty();
      const bool written = !connection.query(upsert.upsert_sql, upsert.params).empty();
      if (!existed) {
        ++result.inserted;
      } else if (written) {
        ++result.updated;
      } else {
        ++result.unchanged;
      }
    }
  }
  transaction.commit();
  return result;
}

}  // namespace lys::db
