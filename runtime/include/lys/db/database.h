// A database: its URL, a pool of connections, and the counters /metrics shows.
//   sqlite:path/to/file.db        WAL, synchronous=FULL, foreign keys on, busy timeout
//   postgresql://user@host:port/db (or postgres://)  libpq, statement timeout
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "lys/db/connection.h"

namespace lys::db {

struct DatabaseOptions {
  std::string url;
  int pool_size = 8;  // PostgreSQL connections; SQLite uses the same number of readers
  std::chrono::milliseconds statement_timeout{5000};
  std::chrono::milliseconds acquire_timeout{5000};  // waiting for a free connection
  std::chrono::milliseconds busy_timeout{5000};     // SQLite
};

struct PoolStats {
  int size = 0;
  int in_use = 0;
};

class Database {
 public:
  // Opens the pool (connecting lazily or eagerly is the implementation's choice);
  // throws db::Error on a malformed URL or an unreachable database.
  static std::unique_ptr<Database> open(const DatabaseOptions& options);
  virtual ~Database() = default;

  virtual Dialect dialect() const = 0;

  // A connection borrowed from the pool, returned when the lease ends. A connection
  // that became unhealthy is dropped and replaced by a fresh one on the next acquire,
  // so after a database restart requests fail cleanly and the next ones reconnect.
  class Lease {
   public:
    Lease(Database& owner, std::unique_ptr<Connection> connection)
        : owner_(&owner), connection_(std::move(connection)) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) noexcept = default;
    ~Lease();
    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }

   private:
    Database* owner_;
    std::unique_ptr<Connection> connection_;
  };

  // Throws db::Error(Timeout) when no connection frees up within acquire_timeout.
  virtual Lease acquire() = 0;
  virtual PoolStats stats() const = 0;

  // Statements executed through any connection of this database (lys_sql_statements_total):
  // one per Connection::query() call and one per execute_script() call (however many
  // statements the script holds); begin(), commit() and rollback() are not counted.
  std::uint64_t statements_executed() const { return statements_.load(); }
  void count_statement() { statements_.fetch_add(1, std::memory_order_relaxed); }
  // Statements prepared (lys_sql_statements_prepared_total): each connection prepares a
  // statement the first time it runs its text, and again only after its statement
  // cache dropped it; so under a steady load this stays flat while the count above grows.
  std::uint64_t statements_prepared() const { return prepared_.load(); }
  void count_prepare() { prepared_.fetch_add(1, std::memory_order_relaxed); }

 protected:
  friend class Lease;
  virtual void release(std::unique_ptr<Connection> connection) = 0;

 private:
  std::atomic<std::uint64_t> statements_{0};
  std::atomic<std::uint64_t> prepared_{0};
};

}  // namespace lys::db
