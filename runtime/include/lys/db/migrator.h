// The migrations runner: applies and reverts the migrations lysc wrote
// (DIR/<dialect>/NNNN_name.sql), recorded in the table `schema_migrations` with each
// file's SHA-256. Each migration runs in its own transaction, so a failing one rolls
// back whole and a rerun resumes there. On PostgreSQL an advisory lock keeps two
// migrators apart (the second waits, bounded, then finds nothing to do). A migration
// edited after it was applied is detected and refused.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "lys/db/database.h"

namespace lys::db {

// A migration that could not be applied or reverted, an edited applied migration, a
// malformed file, or a lock not obtained in time. The message says which and why.
class MigrationError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct MigrationStatus {
  std::string name;  // "0002_add_stock"
  bool applied = false;
  std::optional<std::string> applied_at;  // RFC 3339
  bool edited = false;                    // applied, but the file changed since
  bool missing_file = false;              // applied, but the file is gone
};

class Migrator {
 public:
  Migrator(Database& database, std::filesystem::path migrations_dir,
           std::chrono::milliseconds lock_timeout = std::chrono::seconds(60));

  std::vector<std::string> up();                 // applies every pending one; returns their names
  std::vector<std::string> down(int count = 1);  // reverts the last `count` applied
  std::vector<MigrationStatus> status();         // every migration, file or record, in order
  std::vector<MigrationStatus> history();        // applied ones, in the order applied

 private:
  Database& database_;
  std::filesystem::path directory_;
  std::chrono::milliseconds lock_timeout_;
};

}  // namespace lys::db
