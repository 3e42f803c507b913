// A connection to PostgreSQL through libpq: a statement timeout per connection, each
// statement prepared once (s1, s2, …) and executed with text parameters (Bytes in
// binary) and text results.
#pragma once

#include <chrono>
#include <string>

#include "db/bound_params.h"
#include "db/statement_cache.h"
#include "lys/db/connection.h"
#include "lys/db/database.h"

struct pg_conn;
struct pg_result;

namespace lys::db {

class PostgresConnection final : public Connection {
 public:
  // Connects to `url`; statements are counted on `owner`. Throws Error(Connection).
  PostgresConnection(const std::string& url, std::chrono::milliseconds statement_timeout,
                     Database& owner);
  ~PostgresConnection() override;
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

  Dialect dialect() const override { return Dialect::Postgres; }
  Rows query(std::string_view sql, std::span<const Param> params) override;
  void read_first_cell(std::string_view sql, std::span<const Param> params,
                       const CellReader& read) override;
  void execute_script(std::string_view sql) override;
  void begin() override;
  void commit() override;
  void rollback() override;
  bool healthy() const override;
  bool healthy_after_idle() override;

 private:
  const std::string& prepare(std::string_view sql, int param_count);
  // Runs a statement (prepared on first use); the caller owns the result.
  pg_result* execute(std::string_view sql, std::span<const Param> params);
  // Takes ownership of `result`: throws its error, or returns it read as Rows.
  Rows consume(pg_result* result);
  void run_uncounted(const char* sql);

  pg_conn* connection_ = nullptr;
  StatementCache<std::string> statements_;  // SQL text → statement name
  int statements_prepared_ = 0;             // names them s1, s2, …
  BoundParams bound_;                       // the statement being run's, reused
  Database& owner_;
};

}  // namespace lys::db
