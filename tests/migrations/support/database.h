// A real database the migration tests run against, one implementation per dialect
// (a SQLite file, a database on the PostgreSQL server of scripts/pg.sh). The test
// code above this interface never asks which dialect it talks to.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "lys/db/migration_script.h"
#include "support/catalog.h"

namespace lys::migtest {

// A failed statement: the database's message and the statement that caused it.
class DatabaseError : public std::runtime_error {
 public:
  DatabaseError(const std::string& message, const std::string& statement)
      : std::runtime_error(message + "\n  in statement: " + statement) {}
};

using Row = std::vector<std::optional<std::string>>;  // values as text; NULL is nullopt

class Database {
 public:
  virtual ~Database() = default;

  virtual db::Dialect dialect() const = 0;
  // Runs one or more statements outside any transaction the caller did not open.
  virtual void execute(const std::string& sql) = 0;
  virtual std::vector<Row> query(const std::string& sql) = 0;
  // Runs a migration section the way the runner must: inside one transaction opened
  // here, with `then_sql` (bookkeeping) in the same transaction; on any error the
  // transaction is rolled back and the error rethrown.
  virtual void run_section(const db::MigrationSection& section, const std::string& then_sql) = 0;
  // Tables, columns, keys, indexes and checks; tables named in `ignored` are left out.
  virtual Catalog read_catalog(const std::vector<std::string>& ignored) = 0;
};

}  // namespace lys::migtest
