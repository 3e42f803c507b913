// The Database behind both dialects: a bounded pool of connections made on demand by
// a dialect's factory. A connection that turned unhealthy is dropped when returned,
// and its slot is refilled by the next acquire.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "lys/db/database.h"

namespace lys::db {

class ConnectionPool final : public Database {
 public:
  // Makes a new connection counting its statements on the pool; throws db::Error.
  using Factory = std::function<std::unique_ptr<Connection>(Database& owner)>;

  ConnectionPool(Dialect dialect, Factory factory, int size,
                 std::chrono::milliseconds acquire_timeout);

  Dialect dialect() const override { return dialect_; }
  Lease acquire() override;
  PoolStats stats() const override;

 protected:
  void release(std::unique_ptr<Connection> connection) override;

 private:
  Dialect dialect_;
  Factory factory_;
  int size_;
  std::chrono::milliseconds acquire_timeout_;

  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int open_ = 0;  // idle + leased
};

}  // namespace lys::db
