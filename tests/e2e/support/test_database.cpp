#include "support/test_database.h"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <stdexcept>

namespace lys::e2e {

namespace {

std::filesystem::path make_temp_directory() {
  std::string pattern = (std::filesystem::temp_directory_path() / "lys-e2e-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

void run_admin(const std::string& url, const std::string& sql) {
  PGconn* connection = PQconnectdb(url.c_str());
  if (PQstatus(connection) != CONNECTION_OK) {
    std::string message = PQerrorMessage(connection);
    PQfinish(connection);
    throw std::runtime_error("cannot connect to LYS_TEST_PG_URL: " + message);
  }
  // "does not exist, skipping" is no news.
  PQsetNoticeProcessor(
      connection, [](void*, const char*) {}, nullptr);
  PGresult* result = PQexec(connection, sql.c_str());
  bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
  std::string message = PQerrorMessage(connection);
  PQclear(result);
  PQfinish(connection);
  if (!ok) throw std::runtime_error(sql + ": " + message);
}

// The URL with its database name replaced.
std::string with_database(const std::string& url, const std::string& name) {
  std::size_t query = url.find('?');
  std::size_t slash = url.rfind('/', query);
  if (slash == std::string::npos || slash < url.find("://") + 3) {
    return url + "/" + name;
  }
  return url.substr(0, slash + 1) + name + (query == std::string::npos ? "" : url.substr(query));
}

}  // namespace

TestDatabase TestDatabase::sqlite() {
  TestDatabase database;
  database.directory_ = make_temp_directory();
  database.url_ = "sqlite:" + (database.directory_ / "e2e.db").string();
  return database;
}

TestDatabase TestDatabase::postgres() {
  const char* server = std::getenv("LYS_TEST_PG_URL");
  if (server == nullptr || *server == '\0') {
    throw std::runtime_error("LYS_TEST_PG_URL is not set: run eval \"$(scripts/pg.sh start)\"");
  }
  static std::atomic<int> counter{0};
  TestDatabase database;
  database.directory_ = make_temp_directory();
  database.admin_url_ = server;
  database.pg_name_ = "lys_e2e_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  run_admin(database.admin_url_, "DROP DATABASE IF EXISTS " + database.pg_name_ + " WITH (FORCE)");
  run_admin(database.admin_url_, "CREATE DATABASE " + database.pg_name_);
  database.url_ = with_database(database.admin_url_, database.pg_name_);
  return database;
}

TestDatabase::TestDatabase(TestDatabase&& other) noexcept
    : directory_(std::move(other.directory_)),
      url_(std::move(other.url_)),
      admin_url_(std::move(other.admin_url_)),
      pg_name_(std::move(other.pg_name_)) {
  other.directory_.clear();
  other.pg_name_.clear();
}

void TestDatabase::drop() {
  if (pg_name_.empty()) return;
  run_admin(admin_url_, "DROP DATABASE IF EXISTS " + pg_name_ + " WITH (FORCE)");
  pg_name_.clear();
}

TestDatabase::~TestDatabase() {
  try {
    drop();
  } catch (const std::exception&) {
    // The server is gone already; the name is unique per process, so nothing clashes.
  }
  std::error_code ignored;
  if (!directory_.empty()) std::filesystem::remove_all(directory_, ignored);
}

}  // namespace lys::e2e
