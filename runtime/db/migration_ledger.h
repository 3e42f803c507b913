// The table `schema_migrations` recording which migrations are applied: name,
// SHA-256 of the file applied, and when (RFC 3339 UTC with milliseconds).
#pragma once

#include <string>
#include <vector>

#include "lys/db/connection.h"

namespace lys::db {

struct AppliedMigration {
  std::string name;
  std::string checksum;
  std::string applied_at;
};

class MigrationLedger {
 public:
  explicit MigrationLedger(Connection& connection) : connection_(connection) {}

  void create_if_missing();
  bool exists();
  // In the order applied.
  std::vector<AppliedMigration> applied();
  bool contains(const std::string& name);
  void record(const std::string& name, const std::string& checksum);
  void remove(const std::string& name);

 private:
  bool postgres() const { return connection_.dialect() == Dialect::Postgres; }

  Connection& connection_;
};

}  // namespace lys::db
