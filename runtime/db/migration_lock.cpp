#include "db/migration_lock.h"

#include <string>
#include <thread>
#include <vector>

#include "lys/db/migrator.h"

namespace lys::db {
namespace {

constexpr std::int64_t kLockKey = 0x6c79735f6d6967;  // "lys_mig"
constexpr std::chrono::milliseconds kRetryInterval{50};

}  // namespace

MigrationLock::MigrationLock(Connection& connection, std::chrono::milliseconds timeout)
    : connection_(connection) {
  if (connection.dialect() != Dialect::Postgres) return;
  const std::vector<Param> key = {kLockKey};
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (!connection_.query("SELECT pg_try_advisory_lock($1)", key).boolean(0, 0)) {
    if (std::chrono::steady_clock::now() >= deadline) {
      throw MigrationError(
          "another migrator is running: the migration lock was not released within " +
          std::to_string(timeout.count()) + " ms");
    }
    std::this_thread::sleep_for(kRetryInterval);
  }
  held_ = true;
}

MigrationLock::~MigrationLock() {
  if (!held_) return;
  try {
    const std::vector<Param> key = {kLockKey};
    connection_.query("SELECT pg_advisory_unlock($1)", key);
  } catch (const Error&) {
    // The connection broke, which ended the session and its lock with it.
  }
}

}  // namespace lys::db
