// catalog-server's maintenance commands on a real database: migrate status/history and
// fixtures load, each run twice changing nothing the second time.
#include <gtest/gtest.h>

#include "support/catalog.h"

namespace lys::e2e {
namespace {

class CatalogCli : public ::testing::TestWithParam<Backend> {
 protected:
  CommandResult run(const std::vector<std::string>& arguments) {
    CommandResult result = run_command(catalog_binary().path, arguments, environment_);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result;
  }

  // Every row of every table, the migration ledger's included.
  std::string everything() {
    SqlProbe probe(database_.url());
    std::string text;
    for (const char* table :
         {"auth_role", "auth_user", "auth_user_role", "auth_refresh_token",
          "organization_organization_role", "organization_client", "organization_membership",
          "catalog_product_category", "catalog_product", "catalog_review", "schema_migrations"}) {
      text += std::string(table) + ":\n" +
              probe.dump(std::string("SELECT * FROM ") + table + " ORDER BY 1");
    }
    return text;
  }

  TestDatabase database_ = fresh_database(GetParam());
  Environment environment_ = server_environment(catalog_binary(), database_);
};
LYS_CATALOG_SUITE(CatalogCli);

TEST_P(CatalogCli, MigrateStatusAndHistoryReadWithoutWriting) {
  EXPECT_EQ(run({"migrate", "status"}).out, "pending  0001_initial\n");
  EXPECT_EQ(run({"migrate", "history"}).out, "");
  EXPECT_EQ(run({"migrate", "up"}).out, "applied 0001_initial\n");
  std::string migrated = everything();
  for (int time = 0; time < 2; ++time) {
    CommandResult status = run({"migrate", "status"});
    EXPECT_TRUE(status.out.starts_with("applied  0001_initial ")) << status.out;
    EXPECT_EQ(status.out.find('\n'), status.out.size() - 1) << status.out;
    CommandResult history = run({"migrate", "history"});
    EXPECT_TRUE(history.out.starts_with("applied  0001_initial")) << history.out;
    EXPECT_EQ(history.out.find('\n'), history.out.size() - 1) << history.out;
    EXPECT_EQ(run({"migrate", "up"}).out, "nothing to apply\n");
    EXPECT_EQ(everything(), migrated);
  }
}

TEST_P(CatalogCli, FixturesLoadTwiceChangesNothingTheSecondTime) {
  run({"migrate", "up"});
  EXPECT_EQ(run({"fixtures", "load"}).out, "fixtures (dev): 16 inserted, 0 updated, 0 unchanged\n");
  std::string loaded = everything();
  EXPECT_EQ(run({"fixtures", "load"}).out, "fixtures (dev): 0 inserted, 0 updated, 16 unchanged\n");
  EXPECT_EQ(everything(), loaded);
  // prod loads only the fixtures of every environment: the roles and the categories.
  EXPECT_EQ(run({"fixtures", "load", "--env", "prod"}).out,
            "fixtures (prod): 0 inserted, 0 updated, 7 unchanged\n");
  EXPECT_EQ(everything(), loaded);

  // A fixture row changed since is put back, once, with a new version.
  SqlProbe(database_.url())
      .execute("UPDATE catalog_product SET name = 'Notebook', stock = 1 WHERE name = 'Laptop'");
  EXPECT_EQ(run({"fixtures", "load"}).out, "fixtures (dev): 0 inserted, 1 updated, 15 unchanged\n");
  EXPECT_EQ(SqlProbe(database_.url())
                .dump("SELECT name, stock, version FROM catalog_product ORDER BY name"),
            "Laptop|12|2\nT-shirt|0|1\n");
  std::string restored = everything();
  EXPECT_EQ(run({"fixtures", "load"}).out, "fixtures (dev): 0 inserted, 0 updated, 16 unchanged\n");
  EXPECT_EQ(everything(), restored);
}

}  // namespace
}  // namespace lys::e2e
