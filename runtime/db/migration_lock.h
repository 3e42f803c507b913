// Keeps two migrators apart on PostgreSQL: a session advisory lock, waited for until a
// deadline and held until this object goes away. SQLite needs none: its writers
// already queue on BEGIN IMMEDIATE, and each migration re-checks the ledger.
#pragma once

#include <chrono>

#include "lys/db/connection.h"

namespace lys::db {

class MigrationLock {
 public:
  // Throws MigrationError when another migrator still holds it after `timeout`.
  MigrationLock(Connection& connection, std::chrono::milliseconds timeout);
  ~MigrationLock();
  MigrationLock(const MigrationLock&) = delete;
  MigrationLock& operator=(const MigrationLock&) = delete;

 private:
  Connection& connection_;
  bool held_ = false;
};

}  // namespace lys::db
