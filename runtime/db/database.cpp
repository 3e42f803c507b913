#include "lys/db/database.h"

#include "db/connection_pool.h"
#include "db/database_url.h"
#include "db/postgres_connection.h"
#include "db/sqlite_connection.h"

namespace lys::db {

Database::Lease::~Lease() {
  if (connection_) owner_->release(std::move(connection_));
}

std::unique_ptr<Database> Database::open(const DatabaseOptions& options) {
  DatabaseUrl url = parse_database_url(options.url);
  ConnectionPool::Factory factory;
  if (url.dialect == Dialect::Sqlite) {
    factory = [path = url.target, timeout = options.busy_timeout](Database& owner) {
      return std::make_unique<SqliteConnection>(path, timeout, owner);
    };
  } else {
    factory = [uri = url.target, timeout = options.statement_timeout](Database& owner) {
      try {
        return std::make_unique<PostgresConnection>(uri, timeout, owner);
      } catch (const Error& error) {
        throw Error(error.kind(), without_password(error.what(), uri), error.constraint());
      }
    };
  }
  auto database = std::make_unique<ConnectionPool>(url.dialect, std::move(factory),
                                                   options.pool_size, options.acquire_timeout);
  // Connect once now, so an unreachable database fails here rather than on first use.
  database->acquire();
  return database;
}

}  // namespace lys::db
