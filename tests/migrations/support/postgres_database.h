// A database of its own on the test PostgreSQL server (scripts/pg.sh), created empty
// and dropped again when this object goes away.
#pragma once

#include <memory>
#include <string>

#include "support/database.h"

struct pg_conn;

namespace lys::migtest {

class PostgresDatabase final : public Database {
 public:
  // Creates a new, empty database on the server `server_url` points to.
  static std::unique_ptr<PostgresDatabase> create_fresh(const std::string& server_url);
  ~PostgresDatabase() override;
  PostgresDatabase(const PostgresDatabase&) = delete;
  PostgresDatabase& operator=(const PostgresDatabase&) = delete;

  db::Dialect dialect() const override { return db::Dialect::Postgres; }
  void execute(const std::string& sql) override;
  std::vector<Row> query(const std::string& sql) override;
  void run_section(const db::MigrationSection& section, const std::string& then_sql) override;
  Catalog read_catalog(const std::vector<std::string>& ignored) override;

 private:
  PostgresDatabase(std::string server_url, std::string name);

  std::string server_url_;
  std::string name_;
  pg_conn* connection_ = nullptr;
};

}  // namespace lys::migtest
