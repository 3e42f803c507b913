// A request's deadline ends its database work: no statement starts after it, a SQLite
// statement running at it is interrupted, and the connection stays usable.
#include "lys/db/deadline.h"

#include <gtest/gtest.h>

#include <functional>
#include <thread>

#include "lys/db/database.h"
#include "support/test_database.h"

namespace lys::dbtest {
namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

class DeadlineTest : public testing::TestWithParam<db::Dialect> {
 protected:
  void expect_timeout(const std::function<void()>& work) {
    try {
      work();
      ADD_FAILURE() << "no error";
    } catch (const db::Error& error) {
      EXPECT_EQ(error.kind(), db::ErrorKind::Timeout) << error.what();
    }
  }

  TestDatabase test_database_{GetParam()};
  std::unique_ptr<db::Database> database_ = test_database_.open();
};

TEST_P(DeadlineTest, NoStatementStartsAfterTheDeadline) {
  auto connection = database_->acquire();
  {
    db::RequestDeadline deadline(steady_clock::now() - milliseconds(1));
    expect_timeout([&] { connection->query("SELECT 1"); });
    expect_timeout([&] { connection->execute_script("SELECT 1"); });
  }
  // Without a deadline (another request, or none), statements run.
  EXPECT_EQ(connection->query("SELECT 1").text(0, 0), "1");
  db::RequestDeadline later(steady_clock::now() + std::chrono::seconds(60));
  EXPECT_EQ(connection->query("SELECT 2").text(0, 0), "2");
}

TEST_P(DeadlineTest, ATransactionPastTheDeadlineStillRollsBack) {
  auto connection = database_->acquire();
  connection->execute_script("CREATE TABLE t (x INTEGER)");
  {
    db::RequestDeadline deadline(steady_clock::now() + milliseconds(50));
    db::Transaction transaction(*connection);
    connection->query("INSERT INTO t (x) VALUES (1)");
    std::this_thread::sleep_for(milliseconds(60));
    expect_timeout([&] { connection->query("INSERT INTO t (x) VALUES (2)"); });
  }
  EXPECT_EQ(connection->query("SELECT count(*) FROM t").text(0, 0), "0");
}

TEST(SqliteDeadlineTest, ARunningStatementIsInterruptedAtTheDeadline) {
  TestDatabase test_database(db::Dialect::Sqlite);
  std::unique_ptr<db::Database> database = test_database.open();
  auto connection = database->acquire();
  auto started = steady_clock::now();
  {
    db::RequestDeadline deadline(started + milliseconds(200));
    try {
      connection->query(
          "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000) "
          "SELECT count(*) FROM n");
      ADD_FAILURE() << "not interrupted";
    } catch (const db::Error& error) {
      EXPECT_EQ(error.kind(), db::ErrorKind::Timeout) << error.what();
    }
  }
  EXPECT_LT(steady_clock::now() - started, milliseconds(1500));
  EXPECT_TRUE(connection->healthy());
  EXPECT_EQ(connection->query("SELECT 3").text(0, 0), "3");
}

INSTANTIATE_TEST_SUITE_P(Dialects, DeadlineTest, kBothDialects, dialect_test_name);

}  // namespace
}  // namespace lys::dbtest
