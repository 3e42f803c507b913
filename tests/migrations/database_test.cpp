// The test harness's own parts on real databases, with hand-written migration files
// (handwritten/<dialect>/): the applier's transactions and bookkeeping, SQLite's
// foreign-keys directive, and what the catalog readers see.
#include <gtest/gtest.h>

#include "support/migration_files.h"
#include "support/test_databases.h"

namespace lys::migtest {
namespace {

using db::Dialect;

const std::filesystem::path kHandwritten =
    std::filesystem::path(LYS_MIGRATION_TESTS_DIR) / "handwritten";

MigrationFile inline_migration(const std::string& text) {
  return {"inline.sql", text, db::parse_migration_script(text)};
}

class DatabaseTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    database_ = open_fresh_database(GetParam(), scratch_);
    migrations_ = load_migrations(kHandwritten, GetParam());
    ASSERT_EQ(migrations_.size(), 2u);
  }

  Catalog catalog() { return database_->read_catalog({kBookkeepingTable}); }
  bool postgres() const { return GetParam() == Dialect::Postgres; }

  ScratchDir scratch_;
  std::unique_ptr<Database> database_;
  std::vector<MigrationFile> migrations_;
};

TEST_P(DatabaseTest, CatalogListsTablesColumnsKeysIndexesAndChecks) {
  apply(*database_, migrations_[0], Direction::Up);
  const std::set<std::string> facts = catalog().facts;
  const std::string pk_name = postgres() ? " named pk_shop_product" : "";
  const std::string fk_name = postgres() ? " named fk_shop_product_category_id" : "";
  const std::vector<std::string> expected = {
      "table shop_category",
      "table shop_product",
      postgres() ? "column shop_product.name charactervarying(50) not null"
                 : "column shop_product.name text not null",
      "column shop_product.stock integer not null default 0",
      "primary key shop_product (id)" + pk_name,
      "foreign key shop_product (category_id) -> shop_category (id) on delete restrict" + fk_name,
      "index shop_product.ix_shop_product_category_id (category_id)",
      "unique index shop_product.uq_shop_product_name (name)",
      "check shop_product.ck_shop_product_stock stock>=0",
  };
  for (const std::string& fact : expected) EXPECT_TRUE(facts.contains(fact)) << fact;
  if (!postgres()) {
    EXPECT_TRUE(facts.contains("check shop_product length(name)<=50"));
  }
  EXPECT_FALSE(facts.contains("table " + kBookkeepingTable));
}

TEST_P(DatabaseTest, UpThenDownRestoresEachCatalogAndKeepsTheRecord) {
  const Catalog empty = catalog();
  apply(*database_, migrations_[0], Direction::Up);
  const Catalog created = catalog();
  apply(*database_, migrations_[1], Direction::Up);
  EXPECT_TRUE(catalog().facts.contains(
      postgres() ? "column shop_category.label text not null default ''::text"
                 : "column shop_category.label text not null default ''"));
  EXPECT_EQ(applied_migrations(*database_),
            (std::vector<std::string>{"0001_create", "0002_add_label"}));

  apply(*database_, migrations_[1], Direction::Down);
  EXPECT_EQ(catalog(), created) << describe_difference(created, catalog());
  apply(*database_, migrations_[0], Direction::Down);
  EXPECT_EQ(catalog(), empty) << describe_difference(empty, catalog());
  EXPECT_TRUE(applied_migrations(*database_).empty());
}

TEST_P(DatabaseTest, RowsOfAReferencedTableSurviveItsMigration) {
  apply(*database_, migrations_[0], Direction::Up);
  database_->execute("INSERT INTO shop_category (id) VALUES ('BOOKS')");
  database_->execute(
      "INSERT INTO shop_product (id, name, category_id) VALUES "
      "('6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14', 'Dune', 'BOOKS')");
  apply(*database_, migrations_[1], Direction::Up);
  EXPECT_EQ(database_->query("SELECT c.id, c.label, p.name FROM shop_product p "
                             "JOIN shop_category c ON c.id = p.category_id"),
            (std::vector<Row>{{"BOOKS", "", "Dune"}}));
  // The foreign key still holds after the rebuild.
  EXPECT_THROW(database_->execute("DELETE FROM shop_category"), db::Error);
}

TEST_P(DatabaseTest, FailedMigrationLeavesNoTrace) {
  apply(*database_, migrations_[0], Direction::Up);
  const Catalog before = catalog();
  const std::string header =
      std::string("-- lys migration 0002_broken (") + (postgres() ? "postgres" : "sqlite") + ")\n";
  const MigrationFile broken =
      inline_migration(header +
                       "-- lys:up\nALTER TABLE shop_product ADD COLUMN note TEXT;\n"
                       "INSERT INTO shop_nowhere VALUES (1);\n-- lys:down\n");
  try {
    apply(*database_, broken, Direction::Up);
    FAIL() << "the broken migration was applied";
  } catch (const std::runtime_error& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("inline.sql (up) failed"), std::string::npos) << message;
    EXPECT_NE(message.find("in statement: INSERT INTO shop_nowhere VALUES (1);"), std::string::npos)
        << message;
    EXPECT_NE(message.find("shop_nowhere"), message.rfind("shop_nowhere")) << message;
  }
  EXPECT_EQ(catalog(), before) << describe_difference(before, catalog());
  EXPECT_EQ(applied_migrations(*database_), std::vector<std::string>{"0001_create"});
}

TEST_P(DatabaseTest, DescribesCatalogDifferencesAsWantAndGot) {
  apply(*database_, migrations_[0], Direction::Up);
  const Catalog before = catalog();
  database_->execute("ALTER TABLE shop_product RENAME COLUMN stock TO quantity");
  const std::string difference = describe_difference(before, catalog());
  EXPECT_NE(difference.find("  -column shop_product.stock integer not null default 0\n"),
            std::string::npos)
      << difference;
  EXPECT_NE(difference.find("  +column shop_product.quantity integer not null default 0\n"),
            std::string::npos)
      << difference;
}

INSTANTIATE_TEST_SUITE_P(Dialects, DatabaseTest,
                         testing::Values(Dialect::Sqlite, Dialect::Postgres), dialect_test_name);

TEST(SqliteForeignKeysDirective, RollsBackWhenTheRebuildBreaksAReference) {
  ScratchDir scratch;
  std::unique_ptr<Database> database = open_fresh_database(Dialect::Sqlite, scratch);
  apply(*database, load_migrations(kHandwritten, Dialect::Sqlite)[0], Direction::Up);
  database->execute("INSERT INTO shop_category (id) VALUES ('BOOKS')");
  database->execute(
      "INSERT INTO shop_product (id, name, category_id) VALUES ('p1', 'Dune', 'BOOKS')");
  const MigrationFile dangling = inline_migration(
      "-- lys migration 0002_dangling (sqlite)\n-- lys:up\n-- lys:foreign-keys off\n"
      "DELETE FROM shop_category;\n-- lys:down\n");
  try {
    apply(*database, dangling, Direction::Up);
    FAIL() << "a migration breaking a foreign key was committed";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what())
                  .find("1 foreign key violation(s), the first in table "
                        "'shop_product' row 1 referencing 'shop_category'"),
              std::string::npos)
        << error.what();
  }
  EXPECT_EQ(database->query("SELECT id FROM shop_category"), std::vector<Row>{{"BOOKS"}});
  EXPECT_EQ(database->query("PRAGMA foreign_keys"), std::vector<Row>{{"1"}});
  EXPECT_EQ(applied_migrations(*database), std::vector<std::string>{"0001_create"});
}

TEST(PostgresServer, TestsFailWithInstructionsWithoutAServer) {
  const char* saved = std::getenv("LYS_TEST_PG_URL");
  const std::string url = saved ? saved : "";
  unsetenv("LYS_TEST_PG_URL");
  ScratchDir scratch;
  try {
    open_fresh_database(Dialect::Postgres, scratch);
    ADD_FAILURE() << "a PostgreSQL database was opened without a server URL";
  } catch (const std::runtime_error& error) {
    EXPECT_NE(std::string(error.what()).find("scripts/pg.sh start"), std::string::npos);
  }
  if (saved) setenv("LYS_TEST_PG_URL", url.c_str(), 1);
}

}  // namespace
}  // namespace lys::migtest
