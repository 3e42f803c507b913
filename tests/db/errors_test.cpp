// Every db::ErrorKind on both dialects, with the constraint each database can name.
#include <gtest/gtest.h>

#include <functional>

#include "lys/db/database.h"
#include "support/test_database.h"

namespace lys::dbtest {
namespace {

using db::Dialect;
using db::ErrorKind;
using db::Param;

// Runs `statement` and returns the db::Error it must throw.
db::Error error_of(const std::function<void()>& statement) {
  try {
    statement();
  } catch (const db::Error& error) {
    return error;
  }
  ADD_FAILURE() << "the statement did not fail";
  return db::Error(ErrorKind::Other, "no error");
}

class ErrorTest : public testing::TestWithParam<Dialect> {
 protected:
  void SetUp() override {
    connection_->execute_script(
        "CREATE TABLE parent (id INTEGER PRIMARY KEY);"
        "CREATE TABLE child (id INTEGER PRIMARY KEY, code TEXT NOT NULL, a INTEGER, b INTEGER,"
        "  parent_id INTEGER CONSTRAINT fk_child_parent_id REFERENCES parent (id),"
        "  CONSTRAINT ck_child_a CHECK (a >= 0));"
        "CREATE UNIQUE INDEX uq_child_a_b ON child (a, b);"
        "INSERT INTO parent VALUES (1);"
        "INSERT INTO child VALUES (1, 'one', 1, 1, 1);");
  }

  db::Error insert_child(std::vector<Param> values) {
    return error_of([&] {
      connection_->query(
          "INSERT INTO child (id, code, a, b, parent_id) VALUES ($1, $2, $3, $4, $5)", values);
    });
  }

  bool postgres() const { return GetParam() == Dialect::Postgres; }

  TestDatabase test_database_{GetParam()};
  std::unique_ptr<db::Database> database_ = test_database_.open();
  db::Database::Lease connection_ = database_->acquire();
};

TEST_P(ErrorTest, UniqueIndexViolationNamesTheIndexOrItsColumns) {
  const db::Error error = insert_child(
      {std::int64_t{2}, std::string("two"), std::int64_t{1}, std::int64_t{1}, nullptr});
  EXPECT_EQ(error.kind(), ErrorKind::UniqueViolation);
  // SQLite does not name the index, only its columns.
  EXPECT_EQ(error.constraint(), postgres() ? "uq_child_a_b" : "a,b");
}

TEST_P(ErrorTest, DuplicatePrimaryKeyIsAUniqueViolation) {
  const db::Error error =
      insert_child({std::int64_t{1}, std::string("again"), nullptr, nullptr, nullptr});
  EXPECT_EQ(error.kind(), ErrorKind::UniqueViolation);
  EXPECT_EQ(error.constraint(), postgres() ? "child_pkey" : "id");
}

TEST_P(ErrorTest, MissingReferencedRowIsAForeignKeyViolation) {
  const db::Error error = insert_child(
      {std::int64_t{2}, std::string("two"), std::int64_t{2}, std::int64_t{2}, std::int64_t{99}});
  EXPECT_EQ(error.kind(), ErrorKind::ForeignKeyViolation);
  EXPECT_EQ(error.constraint(), postgres() ? "fk_child_parent_id" : "");
}

TEST_P(ErrorTest, DeletingAReferencedRowIsAForeignKeyViolation) {
  const db::Error error = error_of([&] { connection_->query("DELETE FROM parent"); });
  EXPECT_EQ(error.kind(), ErrorKind::ForeignKeyViolation);
}

TEST_P(ErrorTest, CheckViolationNamesTheCheck) {
  const db::Error error = insert_child(
      {std::int64_t{2}, std::string("two"), std::int64_t{-1}, std::int64_t{2}, nullptr});
  EXPECT_EQ(error.kind(), ErrorKind::CheckViolation);
  EXPECT_EQ(error.constraint(), "ck_child_a");
}

TEST_P(ErrorTest, NotNullViolationNamesTheColumn) {
  const db::Error error = insert_child({std::int64_t{2}, nullptr, nullptr, nullptr, nullptr});
  EXPECT_EQ(error.kind(), ErrorKind::NotNullViolation);
  EXPECT_EQ(error.constraint(), "code");
}

TEST_P(ErrorTest, BadSqlIsOtherAndLeavesTheConnectionUsable) {
  const db::Error error = error_of([&] { connection_->query("SELEC 1"); });
  EXPECT_EQ(error.kind(), ErrorKind::Other);
  const db::Error script_error = error_of([&] { connection_->execute_script("SELEC 2"); });
  EXPECT_EQ(script_error.kind(), ErrorKind::Other);
  EXPECT_NE(std::string(script_error.what()).find("\n  in statement: SELEC 2"), std::string::npos)
      << script_error.what();
  EXPECT_TRUE(connection_->healthy());
  EXPECT_EQ(connection_->query("SELECT 1").integer(0, 0), 1);
}

TEST_P(ErrorTest, StatementsPastTheDatabasesOwnLimitsAreTooComplex) {
  // SQLite's parser stack (100 entries) holds some 18 nested subqueries; PostgreSQL
  // takes at most 100 arguments to a function (SQLSTATE 54023).
  std::string sql = "SELECT ";
  if (postgres()) {
    sql += "concat(1";
    for (int i = 0; i < 100; ++i) sql += ", 1";
    sql += ")";
  } else {
    for (int i = 0; i < 30; ++i) sql += "(SELECT ";
    sql += "1" + std::string(30, ')');
  }
  const db::Error error = error_of([&] { connection_->query(sql); });
  EXPECT_EQ(error.kind(), ErrorKind::TooComplex) << error.what();
  EXPECT_TRUE(connection_->healthy());
  EXPECT_EQ(connection_->query("SELECT 1").integer(0, 0), 1);
}

TEST_P(ErrorTest, ConcurrentWriteIsASerializationFailure) {
  if (postgres()) {
    // A repeatable-read transaction may not update a row changed since its snapshot.
    auto other = database_->acquire();
    connection_->execute_script("BEGIN ISOLATION LEVEL REPEATABLE READ");
    connection_->query("SELECT code FROM child WHERE id = 1");
    other->query("UPDATE child SET code = 'changed' WHERE id = 1");
    const db::Error error =
        error_of([&] { connection_->query("UPDATE child SET code = 'mine' WHERE id = 1"); });
    EXPECT_EQ(error.kind(), ErrorKind::Serialization);
    connection_->rollback();
    return;
  }
  // A second writer waits the busy timeout for the first one, then gives up.
  auto impatient = db::Database::open(
      {.url = test_database_.url(), .busy_timeout = std::chrono::milliseconds(50)});
  auto other = impatient->acquire();
  db::Transaction writing(*connection_);
  const db::Error error = error_of([&] { other->begin(); });
  EXPECT_EQ(error.kind(), ErrorKind::Serialization);
}

INSTANTIATE_TEST_SUITE_P(Dialects, ErrorTest, kBothDialects, dialect_test_name);

// SQLite has no statement timeout; its waits end with SQLITE_BUSY (above).
TEST(PostgresErrorTest, StatementTimeoutIsATimeout) {
  const TestDatabase test_database(Dialect::Postgres);
  auto database = db::Database::open(
      {.url = test_database.url(), .statement_timeout = std::chrono::milliseconds(100)});
  auto connection = database->acquire();
  const db::Error error = error_of([&] { connection->query("SELECT pg_sleep(5)"); });
  EXPECT_EQ(error.kind(), ErrorKind::Timeout);
  EXPECT_TRUE(connection->healthy());
}

}  // namespace
}  // namespace lys::dbtest
