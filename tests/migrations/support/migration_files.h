// Reading a folder of migration files and applying them the way the runner must:
// each section in one transaction, recorded in a bookkeeping table in that same
// transaction, so a failed migration leaves neither its changes nor its record.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "lys/db/migration_script.h"
#include "support/database.h"

namespace lys::migtest {

// The table the applier records applied migrations in; not part of any catalog.
inline const std::string kBookkeepingTable = "lys_applied_migrations";

struct MigrationFile {
  std::filesystem::path path;
  db::MigrationScript script;
};

// `dir/<dialect>/NNNN_*.sql` in order; throws when one is malformed or of another dialect.
std::vector<MigrationFile> load_migrations(const std::filesystem::path& dir, db::Dialect dialect);

enum class Direction { Up, Down };

// Creates the bookkeeping table (once per database).
void prepare_bookkeeping(Database& database);

// Runs the `up` or `down` section; a failure is rethrown as a std::runtime_error
// naming the file, the section, the failing statement and the database's message.
void apply(Database& database, const MigrationFile& migration, Direction direction);

// The names of the migrations recorded as applied, in order.
std::vector<std::string> applied_migrations(Database& database);

}  // namespace lys::migtest
