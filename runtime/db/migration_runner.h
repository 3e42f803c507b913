// Runs one migration section the way migration files expect: inside one transaction
// opened here, together with its bookkeeping, so a failure leaves neither. A SQLite
// section marked `-- lys:foreign-keys off` runs with foreign keys disabled around the
// transaction and checked by `PRAGMA foreign_key_check` before committing.
#pragma once

#include <functional>

#include "lys/db/connection.h"
#include "lys/db/migration_script.h"

namespace lys::db {

// `still_needed` runs first inside the transaction: when it says no (another migrator
// got there first), nothing is done and this returns false. Throws db::Error or
// MigrationError after rolling back.
bool run_migration_section(Connection& connection, const MigrationSection& section,
                           const std::function<bool()>& still_needed,
                           const std::function<void()>& bookkeeping);

}  // namespace lys::db
