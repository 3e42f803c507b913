// What the migrator does differently per dialect: SQLite's table rebuild with foreign
// keys off, PostgreSQL's advisory lock between concurrent migrators.
#include <gtest/gtest.h>

#include <thread>

#include "lys/db/migrator.h"
#include "support/migration_writer.h"
#include "support/test_database.h"

namespace lys::dbtest {
namespace {

using db::Dialect;
using Names = std::vector<std::string>;

class SqliteMigratorTest : public testing::Test {
 protected:
  void SetUp() override {
    write_migration(directory_, Dialect::Sqlite, "0001_shop",
                    "CREATE TABLE category (id INTEGER PRIMARY KEY, name TEXT);\n"
                    "CREATE TABLE product (id INTEGER PRIMARY KEY,"
                    " category_id INTEGER NOT NULL REFERENCES category (id));\n"
                    "INSERT INTO category VALUES (1, 'tools'), (2, 'toys');\n"
                    "INSERT INTO product VALUES (10, 1), (20, 2);",
                    "DROP TABLE product;\nDROP TABLE category;");
    ASSERT_EQ(migrator_.up(), Names{"0001_shop"});
  }

  // The pool has one connection, so this is the one the migrator used.
  db::Rows query(const std::string& sql) { return database_->acquire()->query(sql); }

  TestDatabase test_database_{Dialect::Sqlite};
  std::unique_ptr<db::Database> database_ =
      db::Database::open({.url = test_database_.url(), .pool_size = 1});
  std::filesystem::path directory_ = test_database_.scratch() / "migrations";
  db::Migrator migrator_{*database_, directory_};
};

// SQLite's 12-step rebuild of a referenced table: dropping it with foreign keys on
// would fail (or cascade); with them off the rows survive and still match.
TEST_F(SqliteMigratorTest, ForeignKeysOffRebuildsAReferencedTableKeepingItsRows) {
  write_migration(directory_, Dialect::Sqlite, "0002_rebuild_category",
                  "-- lys:foreign-keys off\n"
                  "CREATE TABLE category_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                  "INSERT INTO category_new (id, name) SELECT id, name FROM category;\n"
                  "DROP TABLE category;\n"
                  "ALTER TABLE category_new RENAME TO category;",
                  "SELECT 1;");
  EXPECT_EQ(migrator_.up(), Names{"0002_rebuild_category"});
  EXPECT_EQ(query("SELECT count(*) FROM category").integer(0, 0), 2);
  EXPECT_EQ(query("SELECT count(*) FROM product JOIN category ON category.id = category_id")
                .integer(0, 0),
            2);
  EXPECT_EQ(query("PRAGMA foreign_keys").integer(0, 0), 1);
}

TEST_F(SqliteMigratorTest, ForeignKeysOffRollsBackWhenTheCheckFindsAViolation) {
  write_migration(directory_, Dialect::Sqlite, "0002_lose_categories",
                  "-- lys:foreign-keys off\n"
                  "CREATE TABLE category_new (id INTEGER PRIMARY KEY, name TEXT);\n"
                  "INSERT INTO category_new SELECT id, name FROM category WHERE id = 1;\n"
                  "DROP TABLE category;\n"
                  "ALTER TABLE category_new RENAME TO category;",
                  "SELECT 1;");
  try {
    migrator_.up();
    FAIL() << "a migration leaving a dangling reference was applied";
  } catch (const db::MigrationError& error) {
    const std::string message = error.what();
    EXPECT_NE(message.find("'0002_lose_categories' failed up"), std::string::npos) << message;
    EXPECT_NE(message.find("1 foreign key violation(s), the first in table 'product' row 20 "
                           "referencing 'category'"),
              std::string::npos)
        << message;
  }
  EXPECT_EQ(query("SELECT count(*) FROM category").integer(0, 0), 2);
  EXPECT_EQ(query("PRAGMA foreign_keys").integer(0, 0), 1);
  EXPECT_EQ(migrator_.history().size(), 1u);
}

class PostgresMigratorTest : public testing::Test {
 protected:
  void SetUp() override {
    write_migration(directory_, Dialect::Postgres, "0001_slow",
                    "SELECT pg_sleep(1);\nCREATE TABLE item (id integer);", "DROP TABLE item;");
  }

  std::unique_ptr<db::Database> open() const {
    return db::Database::open({.url = test_database_.url(), .pool_size = 1});
  }

  // Waits until a session holds an advisory lock on this database (the first migrator's).
  void wait_for_the_lock() const {
    auto watcher = open();
    auto connection = watcher->acquire();
    const std::string held =
        "SELECT count(*) FROM pg_locks JOIN pg_database ON pg_database.oid = pg_locks.database"
        " WHERE locktype = 'advisory' AND datname = current_database()";
    while (connection->query(held).integer(0, 0) == 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }

  TestDatabase test_database_{Dialect::Postgres};
  std::filesystem::path directory_ = test_database_.scratch() / "migrations";
};

TEST_F(PostgresMigratorTest, ASecondMigratorWaitsForTheFirstThenFindsNothingToDo) {
  auto first_database = open();
  auto second_database = open();
  Names first_applied;
  std::thread first([&] { first_applied = db::Migrator(*first_database, directory_).up(); });
  wait_for_the_lock();
  const Names second_applied = db::Migrator(*second_database, directory_).up();
  first.join();
  EXPECT_EQ(first_applied, Names{"0001_slow"});
  EXPECT_EQ(second_applied, Names{});
  EXPECT_EQ(db::Migrator(*second_database, directory_).history().size(), 1u);
}

TEST_F(PostgresMigratorTest, ASecondMigratorGivesUpAfterItsLockTimeout) {
  auto first_database = open();
  auto second_database = open();
  std::thread first([&] { db::Migrator(*first_database, directory_).up(); });
  wait_for_the_lock();
  try {
    db::Migrator(*second_database, directory_, std::chrono::milliseconds(100)).up();
    ADD_FAILURE() << "the second migrator did not wait for the lock";
  } catch (const db::MigrationError& error) {
    EXPECT_NE(std::string(error.what()).find("another migrator is running"), std::string::npos)
        << error.what();
  }
  first.join();
  EXPECT_EQ(db::Migrator(*second_database, directory_).status().at(0).applied, true);
}

}  // namespace
}  // namespace lys::dbtest
