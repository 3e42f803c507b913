// The migrations runner on both dialects, with small migration files written here.
#include "lys/db/migrator.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>

#include "support/migration_writer.h"
#include "support/test_database.h"

namespace lys::dbtest {
namespace {

using db::Dialect;
using db::MigrationError;
using db::MigrationStatus;
using Names = std::vector<std::string>;

class MigratorTest : public testing::TestWithParam<Dialect> {
 protected:
  std::filesystem::path directory() const { return test_database_.scratch() / "migrations"; }

  void write(const std::string& name, const std::string& up, const std::string& down) {
    write_migration(directory(), GetParam(), name, up, down);
  }

  void write_shop() {
    write("0001_create_category", "CREATE TABLE shop_category (id INTEGER PRIMARY KEY, name TEXT);",
          "DROP TABLE shop_category;");
    write("0002_create_product",
          "CREATE TABLE shop_product (id INTEGER PRIMARY KEY,"
          " category_id INTEGER REFERENCES shop_category (id));",
          "DROP TABLE shop_product;");
  }

  bool table_exists(const std::string& table) {
    const std::vector<db::Param> params = {table};
    return database_->acquire()
               ->query(
                   GetParam() == Dialect::Postgres
                       ? "SELECT count(*) FROM pg_tables WHERE tablename = $1"
                       : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $1",
                   params)
               .integer(0, 0) == 1;
  }

  // The error `run` must throw.
  template <typename Run>
  std::string migration_error(Run run) {
    try {
      run();
    } catch (const MigrationError& error) {
      return error.what();
    }
    ADD_FAILURE() << "no MigrationError";
    return "";
  }

  static Names names(const std::vector<MigrationStatus>& statuses) {
    Names result;
    for (const MigrationStatus& status : statuses) result.push_back(status.name);
    return result;
  }

  TestDatabase test_database_{GetParam()};
  std::unique_ptr<db::Database> database_ = test_database_.open();
  db::Migrator migrator_{*database_, directory(), std::chrono::seconds(10)};
};

TEST_P(MigratorTest, UpAppliesPendingMigrationsInOrderOnce) {
  write_shop();
  EXPECT_EQ(migrator_.up(), (Names{"0001_create_category", "0002_create_product"}));
  EXPECT_TRUE(table_exists("shop_product"));
  EXPECT_EQ(migrator_.up(), Names{});

  const std::vector<MigrationStatus> history = migrator_.history();
  EXPECT_EQ(names(history), (Names{"0001_create_category", "0002_create_product"}));
  const std::regex rfc3339(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)");
  for (const MigrationStatus& status : history) {
    EXPECT_TRUE(status.applied);
    ASSERT_TRUE(status.applied_at.has_value());
    EXPECT_TRUE(std::regex_match(*status.applied_at, rfc3339)) << *status.applied_at;
    EXPECT_FALSE(status.edited);
    EXPECT_FALSE(status.missing_file);
  }
}

TEST_P(MigratorTest, StatusListsPendingMigrationsBeforeAnyRun) {
  write_shop();
  const std::vector<MigrationStatus> status = migrator_.status();
  EXPECT_EQ(names(status), (Names{"0001_create_category", "0002_create_product"}));
  for (const MigrationStatus& migration : status) {
    EXPECT_FALSE(migration.applied);
    EXPECT_FALSE(migration.applied_at.has_value());
  }
  EXPECT_FALSE(table_exists("schema_migrations"));  // reading status changes nothing
  EXPECT_TRUE(migrator_.history().empty());
}

TEST_P(MigratorTest, DownRevertsTheLastAppliedOnesNewestFirst) {
  write_shop();
  migrator_.up();
  EXPECT_EQ(migrator_.down(), Names{"0002_create_product"});
  EXPECT_FALSE(table_exists("shop_product"));
  EXPECT_TRUE(table_exists("shop_category"));
  const std::vector<MigrationStatus> status = migrator_.status();
  ASSERT_EQ(status.size(), 2u);
  EXPECT_TRUE(status[0].applied);
  EXPECT_FALSE(status[1].applied);

  write("0003_create_tag", "CREATE TABLE shop_tag (id INTEGER);", "DROP TABLE shop_tag;");
  EXPECT_EQ(migrator_.up(), (Names{"0002_create_product", "0003_create_tag"}));
  EXPECT_EQ(migrator_.down(5),
            (Names{"0003_create_tag", "0002_create_product", "0001_create_category"}));
  EXPECT_FALSE(table_exists("shop_category"));
  EXPECT_TRUE(migrator_.history().empty());
}

TEST_P(MigratorTest, AFailingMigrationRollsBackWholeAndARerunResumesThere) {
  write_shop();
  write("0003_broken", "CREATE TABLE shop_tag (id INTEGER);\nINSERT INTO shop_missing VALUES (1);",
        "DROP TABLE shop_tag;");
  const std::string error = migration_error([&] { migrator_.up(); });
  EXPECT_NE(error.find("migration '0003_broken' failed up and was rolled back"), std::string::npos)
      << error;
  EXPECT_NE(error.find("in statement: INSERT INTO shop_missing VALUES (1);"), std::string::npos)
      << error;
  EXPECT_FALSE(table_exists("shop_tag"));  // its first statement was undone too
  EXPECT_EQ(names(migrator_.history()), (Names{"0001_create_category", "0002_create_product"}));

  write("0003_broken", "CREATE TABLE shop_tag (id INTEGER);", "DROP TABLE shop_tag;");
  EXPECT_EQ(migrator_.up(), Names{"0003_broken"});
  EXPECT_TRUE(table_exists("shop_tag"));
}

TEST_P(MigratorTest, AnAppliedMigrationEditedSinceIsRefused) {
  write_shop();
  migrator_.up();
  write("0001_create_category", "CREATE TABLE shop_category (id INTEGER PRIMARY KEY);",
        "DROP TABLE shop_category;");
  write("0003_create_tag", "CREATE TABLE shop_tag (id INTEGER);", "DROP TABLE shop_tag;");
  for (const std::string& error :
       {migration_error([&] { migrator_.up(); }), migration_error([&] { migrator_.down(); })}) {
    EXPECT_NE(error.find("applied migration '0001_create_category' was edited"), std::string::npos)
        << error;
  }
  EXPECT_FALSE(table_exists("shop_tag"));
  EXPECT_TRUE(table_exists("shop_product"));
  const std::vector<MigrationStatus> status = migrator_.status();
  ASSERT_EQ(status.size(), 3u);
  EXPECT_TRUE(status[0].edited);
  EXPECT_FALSE(status[1].edited);
  EXPECT_FALSE(status[2].applied);
}

TEST_P(MigratorTest, AnAppliedMigrationWhoseFileIsGoneIsRefused) {
  write_shop();
  migrator_.up();
  std::filesystem::remove(directory() / db::dialect_name(GetParam()) / "0002_create_product.sql");
  const std::string error = migration_error([&] { migrator_.down(); });
  EXPECT_NE(error.find("applied migration '0002_create_product' has no file"), std::string::npos)
      << error;
  EXPECT_TRUE(table_exists("shop_product"));
  const std::vector<MigrationStatus> status = migrator_.status();
  ASSERT_EQ(status.size(), 2u);
  EXPECT_TRUE(status[1].missing_file);
  EXPECT_TRUE(status[1].applied);
}

TEST_P(MigratorTest, AMalformedFileIsNamedInTheError) {
  write_shop();
  const std::filesystem::path bad =
      directory() / db::dialect_name(GetParam()) / "0003_no_header.sql";
  std::ofstream(bad) << "CREATE TABLE x (id INTEGER);\n";
  const std::string error = migration_error([&] { migrator_.up(); });
  EXPECT_NE(error.find("0003_no_header.sql: line 1"), std::string::npos) << error;
  EXPECT_FALSE(table_exists("shop_category"));
}

INSTANTIATE_TEST_SUITE_P(Dialects, MigratorTest, kBothDialects, dialect_test_name);

}  // namespace
}  // namespace lys::dbtest
