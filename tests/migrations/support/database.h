// A real database the migration tests run against, reached through liblys's own
// connections (db::Database) so the tests exercise the runtime's code: one
// implementation per dialect (a SQLite file, a database on the PostgreSQL server of
// scripts/pg.sh), differing only in how they read the catalog. Failures throw db::Error.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "lys/db/database.h"
#include "support/catalog.h"

namespace lys::migtest {

using Row = std::vector<std::optional<std::string>>;  // values as text; NULL is nullopt

class Database {
 public:
  virtual ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  db::Dialect dialect() const { return pool_->dialect(); }
  // The pool has a single connection, so statements here and the migrator's run on the
  // same one (SQLite's foreign-keys setting is per connection).
  db::Database& pool() { return *pool_; }
  // Runs one or more statements, outside any transaction.
  void execute(const std::string& sql);
  std::vector<Row> query(const std::string& sql);
  // Tables, columns, keys, indexes and checks; tables named in `ignored` are left out.
  virtual Catalog read_catalog(const std::vector<std::string>& ignored) = 0;
  // This database's own migrations folder (DIR/<dialect>/…), where the tests stage the
  // files db::Migrator applies; removed with this object.
  const std::filesystem::path& migrations_dir() const { return migrations_dir_; }

 protected:
  explicit Database(const std::string& url);
  void close() { pool_.reset(); }

 private:
  std::unique_ptr<db::Database> pool_;
  std::filesystem::path migrations_dir_;
};

}  // namespace lys::migtest
