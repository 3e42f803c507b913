// A SQLite database file, with foreign keys enforced as the runtime enables them.
#pragma once

#include <string>
#include <string_view>

#include "support/database.h"

struct sqlite3;

namespace lys::migtest {

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(const std::string& path);
  ~SqliteDatabase() override;
  SqliteDatabase(const SqliteDatabase&) = delete;
  SqliteDatabase& operator=(const SqliteDatabase&) = delete;

  db::Dialect dialect() const override { return db::Dialect::Sqlite; }
  void execute(const std::string& sql) override;
  std::vector<Row> query(const std::string& sql) override;
  void run_section(const db::MigrationSection& section, const std::string& then_sql) override;
  Catalog read_catalog(const std::vector<std::string>& ignored) override;

 private:
  // Steps through the statements of `sql` one at a time, so an error names its statement.
  std::vector<Row> run_statements(std::string_view sql);

  sqlite3* db_ = nullptr;
};

}  // namespace lys::migtest
