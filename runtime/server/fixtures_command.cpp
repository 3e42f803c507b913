#include <cstdio>

#include "lys/db/fixtures.h"
#include "server/commands.h"

namespace lys::server {

int load_fixtures(const Config& config, const model::Model& model) {
  std::unique_ptr<db::Database> database = db::Database::open(database_options(config));
  db::Database::Lease lease = database->acquire();
  std::string_view environment = environment_name(config.environment);
  db::FixtureLoadResult result = db::load_fixtures(*lease, model, environment);
  std::printf("fixtures (%.*s): %d inserted, %d updated, %d unchanged\n",
              static_cast<int>(environment.size()), environment.data(), result.inserted,
              result.updated, result.unchanged);
  return kExitOk;
}

}  // namespace lys::server
