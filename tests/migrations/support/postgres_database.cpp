#include "support/postgres_database.h"

#include <unistd.h>

#include <atomic>
#include <initializer_list>

namespace lys::migtest {
namespace {

// Statements one at a time: CREATE and DROP DATABASE refuse a multi-statement string.
void run_on_server(const std::string& server_url, std::initializer_list<std::string> statements) {
  auto server = db::Database::open({.url = server_url, .pool_size = 1});
  auto connection = server->acquire();
  for (const std::string& statement : statements) connection->execute_script(statement);
}

// The same server, database `name` (a query parameter overrides the URL's path).
std::string with_database(const std::string& server_url, const std::string& name) {
  return server_url + (server_url.find('?') == std::string::npos ? "?" : "&") + "dbname=" + name;
}

}  // namespace

std::unique_ptr<PostgresDatabase> PostgresDatabase::create_fresh(const std::string& server_url) {
  static std::atomic<int> counter = 0;
  const std::string name =
      "lys_migtest_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  run_on_server(server_url, {"DROP DATABASE IF EXISTS " + name + " WITH (FORCE)",
                             "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'"});
  return std::unique_ptr<PostgresDatabase>(new PostgresDatabase(server_url, name));
}

PostgresDatabase::PostgresDatabase(std::string server_url, std::string name)
    : Database(with_database(server_url, name)),
      server_url_(std::move(server_url)),
      name_(std::move(name)) {}

PostgresDatabase::~PostgresDatabase() {
  close();
  try {
    run_on_server(server_url_, {"DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)"});
  } catch (const db::Error&) {
    // The server went away: nothing is left to clean up.
  }
}

}  // namespace lys::migtest
