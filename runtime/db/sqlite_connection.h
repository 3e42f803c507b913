// A connection to a SQLite file: WAL, synchronous=FULL, foreign keys on, a busy
// timeout so writers queue instead of failing, and a cache of prepared statements.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "db/statement_cache.h"
#include "lys/db/connection.h"
#include "lys/db/database.h"

struct sqlite3;
struct sqlite3_stmt;

namespace lys::db {

class SqliteConnection final : public Connection {
 public:
  // Opens (creating it if needed) the file at `path`; statements are counted on `owner`.
  SqliteConnection(const std::string& path, std::chrono::milliseconds busy_timeout,
                   Database& owner);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  Dialect dialect() const override { return Dialect::Sqlite; }
  Rows query(std::string_view sql, std::span<const Param> params) override;
  void execute_script(std::string_view sql) override;
  // BEGIN IMMEDIATE: a writer takes the write lock up front, so two transactions never
  // deadlock upgrading read locks; the second waits on the busy timeout.
  void begin() override;
  void commit() override;
  void rollback() override;
  bool healthy() const override { return healthy_; }

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* statement) const;
  };
  using Statement = std::unique_ptr<sqlite3_stmt, Finalizer>;

  sqlite3_stmt* prepare(std::string_view sql);
  void bind(sqlite3_stmt* statement, std::span<const Param> params);
  Rows step_all(sqlite3_stmt* statement);
  void run_uncounted(std::string_view sql);
  // Whether a statement still running at the thread's RequestDeadline is interrupted.
  void interrupt_at_deadline(bool on);
  [[noreturn]] void fail(int result);

  sqlite3* handle_ = nullptr;
  StatementCache<Statement> statements_;  // by the caller's SQL text
  Database& owner_;
  bool healthy_ = true;
};

}  // namespace lys::db
