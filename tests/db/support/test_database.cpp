#include "support/test_database.h"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <initializer_list>
#include <stdexcept>

namespace lys::dbtest {
namespace {

// The server URL with its database replaced by `name`.
std::string with_database(const std::string& server_url, const std::string& name) {
  const std::size_t authority = server_url.find("://") + 3;
  const std::size_t path = server_url.find('/', authority);
  const std::size_t query = server_url.find('?', authority);
  const std::string base = server_url.substr(0, std::min(path, query));
  const std::string rest = query == std::string::npos ? "" : server_url.substr(query);
  return base + "/" + name + rest;
}

// Statements one at a time: CREATE and DROP DATABASE refuse to run in a multi-statement
// string.
void run_on_server(std::initializer_list<std::string> statements) {
  auto server = db::Database::open({.url = postgres_server_url(), .pool_size = 1});
  auto connection = server->acquire();
  for (const std::string& statement : statements) connection->execute_script(statement);
}

}  // namespace

ScratchDir::ScratchDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "lys-dbtest-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create " + pattern);
  path_ = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string postgres_server_url() {
  const char* url = std::getenv("LYS_TEST_PG_URL");
  if (url == nullptr || *url == '\0') {
    throw std::runtime_error(
        "LYS_TEST_PG_URL is not set: these tests need a real PostgreSQL server. Start one with\n"
        "  eval \"$(scripts/pg.sh start)\"\n"
        "and run the tests again from that shell (scripts/pg.sh stop stops it).");
  }
  return url;
}

TestDatabase::TestDatabase(db::Dialect dialect) {
  if (dialect == db::Dialect::Sqlite) {
    url_ = "sqlite:" + (scratch_.path() / "test.db").string();
    return;
  }
  static std::atomic<int> counter = 0;
  name_ = "lys_dbtest_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  run_on_server({"DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)",
                 "CREATE DATABASE " + name_ + " TEMPLATE template0 ENCODING 'UTF8'"});
  url_ = with_database(postgres_server_url(), name_);
}

TestDatabase::~TestDatabase() {
  if (name_.empty()) return;
  try {
    run_on_server({"DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)"});
  } catch (const std::exception&) {
    // The server went away: nothing is left to clean up.
  }
}

std::unique_ptr<db::Database> TestDatabase::open() const {
  return db::Database::open({.url = url_});
}

}  // namespace lys::dbtest
