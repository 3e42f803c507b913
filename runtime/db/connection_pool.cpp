#include "db/connection_pool.h"

#include <algorithm>
#include <string>

#include "lys/db/deadline.h"

namespace lys::db {

ConnectionPool::ConnectionPool(Dialect dialect, Factory factory, int size,
                               std::chrono::milliseconds acquire_timeout)
    : dialect_(dialect),
      factory_(std::move(factory)),
      size_(size < 1 ? 1 : size),
      acquire_timeout_(acquire_timeout) {}

Database::Lease ConnectionPool::acquire() {
  std::unique_lock lock(mutex_);
  for (;;) {
    auto wait_until = std::chrono::steady_clock::now() + acquire_timeout_;
    if (auto deadline = RequestDeadline::current()) wait_until = std::min(wait_until, *deadline);
    const bool ready =
        available_.wait_until(lock, wait_until, [this] { return !idle_.empty() || open_ < size_; });
    if (!ready) {
      throw Error(ErrorKind::Timeout, "no database connection became free within " +
                                          std::to_string(acquire_timeout_.count()) +
                                          " ms (pool of " + std::to_string(size_) + ")");
    }
    if (idle_.empty()) break;
    std::unique_ptr<Connection> connection = std::move(idle_.back());
    idle_.pop_back();
    // The check makes a system call: outside the lock, which every request takes.
    lock.unlock();
    if (connection->healthy_after_idle()) return Lease(*this, std::move(connection));
    connection.reset();
    lock.lock();
    --open_;  // closed by the server while idle: make a new one instead
  }
  // Connect outside the lock: it may take a while, and others can use idle ones.
  ++open_;
  lock.unlock();
  try {
    return Lease(*this, factory_(*this));
  } catch (...) {
    lock.lock();
    --open_;
    available_.notify_one();
    throw;
  }
}

void ConnectionPool::release(std::unique_ptr<Connection> connection) {
  // What the server did while the connection idles is for the next acquire to find
  // out: here only a failure already seen counts, without a system call.
  const bool healthy = connection->healthy();
  {
    std::lock_guard lock(mutex_);
    if (healthy) {
      idle_.push_back(std::move(connection));
    } else {
      --open_;
    }
  }
  available_.notify_one();
}

PoolStats ConnectionPool::stats() const {
  std::lock_guard lock(mutex_);
  return {open_, open_ - static_cast<int>(idle_.size())};
}

}  // namespace lys::db
