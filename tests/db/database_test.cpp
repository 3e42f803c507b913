// Database::open and its pool: URLs, connection settings, limits, waiting, and
// replacing connections the server dropped.
#include "lys/db/database.h"

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <thread>

#include "support/test_database.h"

namespace lys::dbtest {
namespace {

using db::Dialect;
using db::ErrorKind;
using std::chrono::milliseconds;

db::Error open_error(const std::string& url) {
  try {
    db::Database::open({.url = url});
  } catch (const db::Error& error) {
    return error;
  }
  ADD_FAILURE() << url << " opened";
  return db::Error(ErrorKind::Other, "");
}

TEST(DatabaseUrlTest, MalformedOrUnsupportedUrlsAreRefusedWithoutTheirPassword) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"mysql://app:s3cr3t@localhost/shop", "unsupported scheme 'mysql'"},
      {"lys.db", "no scheme"},
      {"sqlite:", "needs a file path"},
      {"postgresql://app:s3cr3t@[::1/shop", "malformed database URL"},
  };
  for (const auto& [url, expected] : cases) {
    const db::Error error = open_error(url);
    EXPECT_EQ(error.kind(), ErrorKind::Other) << url;
    EXPECT_NE(std::string(error.what()).find(expected), std::string::npos) << error.what();
    EXPECT_EQ(std::string(error.what()).find("s3cr3t"), std::string::npos) << error.what();
  }
}

TEST(DatabaseUrlTest, UnreachablePostgresIsAConnectionErrorWithoutThePassword) {
  const db::Error error = open_error("postgresql://app:s3cr3t@127.0.0.1:1/shop?connect_timeout=2");
  EXPECT_EQ(error.kind(), ErrorKind::Connection);
  EXPECT_EQ(std::string(error.what()).find("s3cr3t"), std::string::npos) << error.what();
}

TEST(SqliteDatabaseTest, ConnectionsUseWalFullSyncAndForeignKeys) {
  const TestDatabase test_database(Dialect::Sqlite);
  auto database = test_database.open();
  auto connection = database->acquire();
  EXPECT_EQ(connection->query("PRAGMA journal_mode").text(0, 0), "wal");
  EXPECT_EQ(connection->query("PRAGMA synchronous").integer(0, 0), 2);  // FULL
  EXPECT_EQ(connection->query("PRAGMA foreign_keys").integer(0, 0), 1);
  EXPECT_TRUE(std::filesystem::exists(test_database.scratch() / "test.db"));
}

TEST(SqliteDatabaseTest, ConcurrentWritersQueueInsteadOfFailing) {
  const TestDatabase test_database(Dialect::Sqlite);
  auto database = db::Database::open({.url = test_database.url(), .pool_size = 4});
  database->acquire()->execute_script(
      "CREATE TABLE counter (n INTEGER); INSERT INTO counter VALUES (0)");
  const auto increment = [&] {
    for (int i = 0; i < 25; ++i) {
      auto connection = database->acquire();
      db::Transaction transaction(*connection);
      const std::int64_t n = connection->query("SELECT n FROM counter").integer(0, 0);
      const std::vector<db::Param> params = {n + 1};
      connection->query("UPDATE counter SET n = $1", params);
      transaction.commit();
    }
  };
  std::vector<std::thread> writers;
  for (int i = 0; i < 4; ++i) writers.emplace_back(increment);
  for (std::thread& writer : writers) writer.join();
  EXPECT_EQ(database->acquire()->query("SELECT n FROM counter").integer(0, 0), 100);
}

class PoolTest : public testing::TestWithParam<Dialect> {
 protected:
  TestDatabase test_database_{GetParam()};
};

TEST_P(PoolTest, NeverOpensMoreThanItsSizeAndTimesOutWaiting) {
  auto database = db::Database::open(
      {.url = test_database_.url(), .pool_size = 2, .acquire_timeout = milliseconds(200)});
  auto first = database->acquire();  // open() connected and returned this one
  auto second = database->acquire();
  EXPECT_EQ(database->stats().size, 2);
  EXPECT_EQ(database->stats().in_use, 2);

  const auto start = std::chrono::steady_clock::now();
  try {
    database->acquire();
    FAIL() << "a third connection was handed out";
  } catch (const db::Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Timeout);
  }
  EXPECT_GE(std::chrono::steady_clock::now() - start, milliseconds(200));

  { auto released = std::move(first); }
  EXPECT_EQ(database->stats().in_use, 1);
  auto third = database->acquire();
  EXPECT_EQ(database->stats().size, 2);
  EXPECT_EQ(database->stats().in_use, 2);
}

TEST_P(PoolTest, AWaitingAcquireGetsTheConnectionReleasedMeanwhile) {
  auto database = db::Database::open(
      {.url = test_database_.url(), .pool_size = 1, .acquire_timeout = milliseconds(5000)});
  auto held = std::make_unique<db::Database::Lease>(database->acquire());
  std::thread releaser([&] {
    std::this_thread::sleep_for(milliseconds(100));
    held.reset();
  });
  auto connection = database->acquire();
  releaser.join();
  EXPECT_EQ(connection->query("SELECT 1").integer(0, 0), 1);
  EXPECT_EQ(database->stats().size, 1);
}

INSTANTIATE_TEST_SUITE_P(Dialects, PoolTest, kBothDialects, dialect_test_name);

TEST(PostgresPoolTest, ATerminatedBackendFailsItsNextStatementAndIsReplaced) {
  const TestDatabase test_database(Dialect::Postgres);
  auto database = db::Database::open({.url = test_database.url(), .pool_size = 2});
  auto victim = database->acquire();
  const std::string pid(victim->query("SELECT pg_backend_pid()").text(0, 0));
  {
    auto killer = database->acquire();
    const std::vector<db::Param> params = {std::stoll(pid)};
    EXPECT_TRUE(
        killer->query("SELECT pg_terminate_backend($1::integer, 5000)", params).boolean(0, 0));
  }
  try {
    victim->query("SELECT 1");
    FAIL() << "a statement on a terminated backend succeeded";
  } catch (const db::Error& error) {
    EXPECT_EQ(error.kind(), ErrorKind::Connection) << error.what();
  }
  EXPECT_FALSE(victim->healthy());
  { auto released = std::move(victim); }
  EXPECT_EQ(database->stats().size, 1);  // the dead one is gone, the killer's stays idle

  auto first = database->acquire();
  auto second = database->acquire();  // a fresh connection fills the freed slot
  EXPECT_EQ(database->stats().size, 2);
  for (db::Connection* connection : {&*first, &*second}) {
    EXPECT_NE(connection->query("SELECT pg_backend_pid()").text(0, 0), pid);
  }
}

TEST(PostgresPoolTest, AnIdleConnectionTheServerClosedIsReplacedOnAcquire) {
  const TestDatabase test_database(Dialect::Postgres);
  auto database = db::Database::open({.url = test_database.url(), .pool_size = 2});
  std::string pid;
  {
    auto idle = database->acquire();
    pid = idle->query("SELECT pg_backend_pid()").text(0, 0);
  }
  auto killer = db::Database::open({.url = test_database.url(), .pool_size = 1});
  const std::vector<db::Param> params = {std::stoll(pid)};
  EXPECT_TRUE(killer->acquire()
                  ->query("SELECT pg_terminate_backend($1::integer, 5000)", params)
                  .boolean(0, 0));

  auto connection = database->acquire();
  EXPECT_NE(connection->query("SELECT pg_backend_pid()").text(0, 0), pid);
  EXPECT_EQ(database->stats().size, 1);
}

}  // namespace
}  // namespace lys::dbtest
