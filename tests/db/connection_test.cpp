// One connection on both dialects: parameters of every type, placeholders, the
// statement cache, the statement counter and transactions.
#include <gtest/gtest.h>

#include <limits>

#include "db/statement_cache.h"
#include "lys/db/database.h"
#include "support/test_database.h"

namespace lys::dbtest {
namespace {

using db::Dialect;
using db::Param;

class ConnectionTest : public testing::TestWithParam<Dialect> {
 protected:
  bool postgres() const { return GetParam() == Dialect::Postgres; }

  TestDatabase test_database_{GetParam()};
  std::unique_ptr<db::Database> database_ = test_database_.open();
};

TEST_P(ConnectionTest, ParamsOfEveryTypeRoundTrip) {
  auto connection = database_->acquire();
  connection->execute_script(
      postgres() ? "CREATE TABLE value (b boolean, i bigint, f double precision, s text, y bytea)"
                 : "CREATE TABLE value (b INTEGER, i INTEGER, f REAL, s TEXT, y BLOB)");
  const std::string insert = "INSERT INTO value (b, i, f, s, y) VALUES ($1, $2, $3, $4, $5)";
  const std::int64_t big = std::numeric_limits<std::int64_t>::min() + 7;
  const std::string text = "it's \"quoted\", $1 and ünïcødé";
  const std::vector<Param> values = {true, big, 0.1, text,
                                     db::Bytes{std::string("\0\xff\x01"
                                                           "abc",
                                                           6)}};
  connection->query(insert, values);
  const std::vector<Param> nulls = {nullptr, nullptr, nullptr, nullptr, nullptr};
  connection->query(insert, nulls);
  const std::vector<Param> falsy = {false, std::int64_t{0}, -2.5, std::string(), db::Bytes{}};
  connection->query(insert, falsy);

  const db::Rows rows = connection->query(
      postgres() ? "SELECT b, i, f, s, encode(y, 'base64') AS y FROM value ORDER BY i NULLS LAST"
                 : "SELECT b, i, f, s, lys_base64(y) AS y FROM value ORDER BY i IS NULL, i");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows.columns(), (std::vector<std::string>{"b", "i", "f", "s", "y"}));
  EXPECT_TRUE(rows.boolean(0, 0));
  EXPECT_EQ(rows.integer(0, 1), big);
  EXPECT_EQ(std::stod(std::string(rows.text(0, 2))), 0.1);
  EXPECT_EQ(rows.text(0, 3), text);
  EXPECT_EQ(rows.text(0, 4), "AP8BYWJj");

  EXPECT_FALSE(rows.boolean(1, 0));
  EXPECT_EQ(rows.integer(1, 1), 0);
  EXPECT_EQ(std::stod(std::string(rows.text(1, 2))), -2.5);
  EXPECT_FALSE(rows.is_null(1, 3));
  EXPECT_EQ(rows.text(1, 3), "");
  EXPECT_EQ(rows.text(1, 4), "");

  for (std::size_t column = 0; column < 5; ++column) EXPECT_TRUE(rows.is_null(2, column));
}

TEST_P(ConnectionTest, TheFirstCellIsReadInPlaceAndNullOrNoRowIsNone) {
  auto connection = database_->acquire();
  auto first_cell = [&](const std::string& sql, const std::vector<Param>& params) {
    std::optional<std::string> read;
    bool called = false;
    connection->read_first_cell(sql, params, [&](std::optional<std::string_view> cell) {
      called = true;
      if (cell) read = std::string(*cell);
    });
    EXPECT_TRUE(called) << sql;
    return read;
  };
  // Statements of more, then fewer, parameters of other types: each binds its own.
  EXPECT_EQ(first_cell("SELECT $1 || $2 || $3 AS joined",
                       {std::string("a"), std::string("b"), std::string("c")}),
            "abc");
  EXPECT_EQ(first_cell(postgres() ? "SELECT $1::bigint + $2::bigint AS n" : "SELECT $1 + $2 AS n",
                       {std::int64_t{40}, std::int64_t{2}}),
            "42");
  EXPECT_EQ(first_cell("SELECT $1 AS n UNION ALL SELECT 'second'", {std::string("first")}),
            "first");
  EXPECT_EQ(first_cell("SELECT NULL AS absent", {}), std::nullopt);
  EXPECT_EQ(first_cell("SELECT 1 AS n WHERE 1 = 0", {}), std::nullopt);
  EXPECT_THROW(first_cell("SELECT * FROM no_such_table", {}), db::Error);
}

TEST_P(ConnectionTest, PlaceholdersInsideStringLiteralsAndCommentsStayText) {
  auto connection = database_->acquire();
  const std::vector<Param> params = {std::string("bound")};
  const db::Rows rows = connection->query(
      "SELECT '$1' AS literal, 'it''s $1' AS escaped, $1 AS value -- not $2\n", params);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows.text(0, 0), "$1");
  EXPECT_EQ(rows.text(0, 1), "it's $1");
  EXPECT_EQ(rows.text(0, 2), "bound");
}

TEST_P(ConnectionTest, StatementIsPreparedOnceAndCachedBySqlText) {
  auto connection = database_->acquire();
  const std::string sql = "SELECT $1 + 1 AS n";
  for (std::int64_t i = 0; i < 3; ++i) {
    const std::vector<Param> params = {i};
    EXPECT_EQ(connection->query(sql, params).integer(0, 0), i + 1);
  }
  const std::vector<Param> prepared_text = {std::string(postgres() ? sql : "SELECT ?1 + 1 AS n")};
  const db::Rows prepared = connection->query(
      postgres() ? "SELECT count(*) FROM pg_prepared_statements WHERE statement = $1"
                 : "SELECT count(*) FROM sqlite_stmt WHERE sql = $1",
      prepared_text);
  EXPECT_EQ(prepared.integer(0, 0), 1);
}

// How many statements the connection holds prepared, the counting one included.
std::int64_t prepared_statements(db::Connection& connection, bool postgres) {
  return connection
      .query(postgres ? "SELECT count(*) FROM pg_prepared_statements"
                      : "SELECT count(*) FROM sqlite_stmt",
             {})
      .integer(0, 0);
}

std::string distinct_statement(std::size_t i) {
  return "SELECT " + std::to_string(i) + " AS n";
}

TEST_P(ConnectionTest, PreparedStatementsStayBoundedAndAnEvictedOnePreparesAgain) {
  auto connection = database_->acquire();
  const std::size_t count = db::kCachedStatements + 40;
  for (std::size_t i = 0; i < count; ++i) {
    ASSERT_EQ(connection->query(distinct_statement(i), {}).integer(0, 0),
              static_cast<std::int64_t>(i));
  }
  EXPECT_EQ(prepared_statements(*connection, postgres()),
            static_cast<std::int64_t>(db::kCachedStatements));
  EXPECT_EQ(connection->query(distinct_statement(0), {}).integer(0, 0), 0);  // the oldest
}

TEST_P(ConnectionTest, InATransactionPostgresStatementsRunOverTheBoundUntilItEnds) {
  auto connection = database_->acquire();
  for (std::size_t i = 0; i < db::kCachedStatements; ++i) {
    connection->query(distinct_statement(i), {});
  }
  // DEALLOCATE would fail in an aborted transaction, so none is sent in any (SQLite
  // finalizes statements of its own, in a transaction or not).
  connection->begin();
  for (std::size_t i = 0; i < 10; ++i) connection->query(distinct_statement(1000 + i), {});
  const std::int64_t during = prepared_statements(*connection, postgres());
  connection->commit();
  connection->query(distinct_statement(2000), {});
  const auto bound = static_cast<std::int64_t>(db::kCachedStatements);
  EXPECT_EQ(during, postgres() ? bound + 11 : bound);
  EXPECT_EQ(prepared_statements(*connection, postgres()), bound);
}

TEST_P(ConnectionTest, CountsOneStatementPerQueryAndPerScript) {
  auto connection = database_->acquire();
  const std::uint64_t before = database_->statements_executed();
  connection->execute_script("CREATE TABLE counted (n INTEGER); INSERT INTO counted VALUES (1)");
  {
    db::Transaction transaction(*connection);
    connection->query("INSERT INTO counted VALUES (2)");
    transaction.commit();
  }
  connection->query("SELECT count(*) FROM counted");
  EXPECT_EQ(database_->statements_executed() - before, 3u);
}

TEST_P(ConnectionTest, TransactionRollsBackUnlessCommitted) {
  auto connection = database_->acquire();
  connection->execute_script("CREATE TABLE item (n INTEGER)");
  {
    db::Transaction transaction(*connection);
    connection->query("INSERT INTO item VALUES (1)");
  }
  {
    db::Transaction transaction(*connection);
    connection->query("INSERT INTO item VALUES (2)");
    transaction.commit();
  }
  const db::Rows rows = connection->query("SELECT n FROM item");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows.integer(0, 0), 2);
}

TEST_P(ConnectionTest, ChangesAreVisibleToOtherConnectionsOfThePool) {
  auto writer = database_->acquire();
  auto reader = database_->acquire();
  writer->execute_script("CREATE TABLE shared (n INTEGER); INSERT INTO shared VALUES (7)");
  EXPECT_EQ(reader->query("SELECT n FROM shared").integer(0, 0), 7);
}

TEST_P(ConnectionTest, AFailingScriptNamesItsStatementAndAppliesNothingOutsideATransaction) {
  auto connection = database_->acquire();
  connection->execute_script("CREATE TABLE note (text TEXT NOT NULL)");
  try {
    connection->execute_script(
        "INSERT INTO note VALUES ('a; b');\n"
        "-- a comment; not a statement\n"
        "INSERT INTO note VALUES (NULL);\n"
        "INSERT INTO note VALUES ('c');");
    FAIL() << "the script did not fail";
  } catch (const db::Error& error) {
    EXPECT_EQ(error.kind(), db::ErrorKind::NotNullViolation);
    EXPECT_EQ(error.constraint(), "text");
    const std::string message = error.what();
    EXPECT_NE(message.find("\n  in statement: "), std::string::npos) << message;
    EXPECT_NE(message.find("INSERT INTO note VALUES (NULL);"), std::string::npos) << message;
  }
  // SQLite applies a script's statements one by one, as sqlite3_exec does; PostgreSQL
  // runs a script as one implicit transaction, as a multi-statement query does.
  EXPECT_EQ(connection->query("SELECT count(*) FROM note").integer(0, 0), postgres() ? 0 : 1);
}

TEST_P(ConnectionTest, ScriptStatementsEndOnlyAtSemicolonsOutsideQuotesAndComments) {
  auto connection = database_->acquire();
  connection->execute_script(
      "CREATE TABLE note (text TEXT);\n"
      "INSERT INTO note VALUES ('x;y'), ('it''s; fine');\n"
      "/* ; */ INSERT INTO note VALUES ('z');");
  if (postgres()) {
    connection->execute_script(
        "DO $body$ BEGIN INSERT INTO note VALUES ('from; plpgsql'); END $body$;"
        "INSERT INTO note VALUES ('after');");
  }
  const db::Rows rows = connection->query("SELECT text FROM note ORDER BY text");
  std::vector<std::string> texts;
  for (std::size_t row = 0; row < rows.size(); ++row) texts.emplace_back(rows.text(row, 0));
  std::vector<std::string> expected = {"it's; fine", "x;y", "z"};
  if (postgres()) expected = {"after", "from; plpgsql", "it's; fine", "x;y", "z"};
  EXPECT_EQ(texts, expected);
}

TEST_P(ConnectionTest, ACachedStatementFollowsASchemaChange) {
  auto connection = database_->acquire();
  connection->execute_script("CREATE TABLE item (id INTEGER); INSERT INTO item VALUES (1)");
  EXPECT_EQ(connection->query("SELECT * FROM item").columns(), std::vector<std::string>{"id"});
  connection->execute_script("ALTER TABLE item ADD COLUMN label TEXT DEFAULT 'new'");
  const db::Rows rows = connection->query("SELECT * FROM item");
  ASSERT_EQ(rows.columns(), (std::vector<std::string>{"id", "label"}));
  EXPECT_EQ(rows.text(0, 1), "new");
}

INSTANTIATE_TEST_SUITE_P(Dialects, ConnectionTest, kBothDialects, dialect_test_name);

}  // namespace
}  // namespace lys::dbtest
