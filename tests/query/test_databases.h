// Real databases for the planner's tests: a SQLite file and a PostgreSQL schema of
// the server at LYS_TEST_PG_URL, each with the generated DDL of the example
// schemas, behind db::Connection. (Direct sqlite3/libpq connections, until the db
// layer's Database lands in this branch.)
#pragma once

#include <memory>
#include <string>

#include "lys/db/connection.h"

namespace lys::query::test {

class TestDatabase {
 public:
  virtual ~TestDatabase() = default;
  // A fresh database holding the generated schema; throws when it cannot.
  static std::unique_ptr<TestDatabase> create(db::Dialect dialect);

  virtual db::Connection& connection() = 0;
  // Statements run through connection().query so far.
  virtual int statements() const = 0;
};

}  // namespace lys::query::test
