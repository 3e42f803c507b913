// catalog-server's maintenance commands on a real database: migrate status/history and
// fixtures load, each run twice changing nothing the second time.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "support/catalog.h"

namespace lys::e2e {
namespace {

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

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
  EXPECT_EQ(run({"migrate", "status"}).out,
            "pending  0001_initial\npending  0002_product_created_at_index\n");
  EXPECT_EQ(run({"migrate", "history"}).out, "");
  EXPECT_EQ(run({"migrate", "up"}).out,
            "applied 0001_initial\napplied 0002_product_created_at_index\n");
  std::string migrated = everything();
  for (int time = 0; time < 2; ++time) {
    for (const char* command : {"status", "history"}) {
      std::vector<std::string> lines = split_lines(run({"migrate", command}).out);
      ASSERT_EQ(lines.size(), 2U) << command;
      EXPECT_TRUE(lines[0].starts_with("applied  0001_initial ")) << lines[0];
      EXPECT_TRUE(lines[1].starts_with("applied  0002_product_created_at_index ")) << lines[1];
      for (const std::string& line : lines) EXPECT_FALSE(line.ends_with(" ")) << line;
    }
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
