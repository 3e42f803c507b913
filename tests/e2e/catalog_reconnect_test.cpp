// PostgreSQL cuts every connection of catalog-server, as a restart of the database
// does: requests meanwhile get a clean GraphQL answer (never a crash or a hang), the
// pool reconnects, and from then on every request is served.
#include <gtest/gtest.h>

#include "support/catalog.h"

namespace lys::e2e {
namespace {

TEST(CatalogReconnect, AfterPostgresCutsItsConnectionsTheServerReconnects) {
  Catalog catalog(Backend::Postgres);
  const std::string query = "{ productCategories { totalCount } }";
  const std::string served = R"({"productCategories":{"totalCount":2}})";
  // Warm the pool: several connections open at once.
  for (int i = 0; i < 8; ++i) ASSERT_EQ(catalog.data(query), served);

  SqlProbe(catalog.database().url())
      .execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
          " WHERE datname = current_database() AND pid <> pg_backend_pid()");

  int failed = 0;
  for (int i = 0; i < 24; ++i) {
    Json response = catalog.post(query);
    if (first_error_code(response.get()).empty()) {
      EXPECT_EQ(print(at(response.get(), "data")), served);
    } else {
      ++failed;  // a connection found broken mid-request: said, not crashed
    }
  }
  // Each pooled connection fails at most the one request that finds it broken.
  EXPECT_LE(failed, 8);
  for (int i = 0; i < 8; ++i) EXPECT_EQ(catalog.data(query), served);
  EXPECT_EQ(get(catalog.server().port(), "/readyz").status, 200);
}

}  // namespace
}  // namespace lys::e2e
