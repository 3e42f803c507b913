#include "db/migration_runner.h"

#include <string>

#include "lys/db/migrator.h"

namespace lys::db {
namespace {

// Foreign keys can only be switched outside a transaction: off before BEGIN, back on
// after COMMIT or ROLLBACK, whatever happened in between.
class ForeignKeysOff {
 public:
  explicit ForeignKeysOff(Connection& connection) : connection_(connection) {
    connection_.execute_script("PRAGMA foreign_keys = OFF");
  }
  ~ForeignKeysOff() {
    try {
      connection_.execute_script("PRAGMA foreign_keys = ON");
    } catch (const Error&) {
      // Only fails on a broken connection, which the pool drops.
    }
  }
  ForeignKeysOff(const ForeignKeysOff&) = delete;
  ForeignKeysOff& operator=(const ForeignKeysOff&) = delete;

 private:
  Connection& connection_;
};

void check_foreign_keys(Connection& connection) {
  const Rows violations = connection.query("PRAGMA foreign_key_check");
  if (violations.empty()) return;
  throw MigrationError(
      std::to_string(violations.size()) + " foreign key violation(s), the first in table '" +
      std::string(violations.text(0, 0)) + "' row " + std::string(violations.text(0, 1)) +
      " referencing '" + std::string(violations.text(0, 2)) + "'");
}

}  // namespace

bool run_migration_section(Connection& connection, const MigrationSection& section,
                           const std::function<bool()>& still_needed,
                           const std::function<void()>& bookkeeping) {
  std::optional<ForeignKeysOff> foreign_keys_off;
  if (section.foreign_keys_off) foreign_keys_off.emplace(connection);
  Transaction transaction(connection);
  if (!still_needed()) return false;
  if (!section.sql.empty()) connection.execute_script(section.sql);
  if (section.foreign_keys_off) check_foreign_keys(connection);
  bookkeeping();
  transaction.commit();
  return true;
}

}  // namespace lys::db
