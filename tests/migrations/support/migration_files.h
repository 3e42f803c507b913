// Reading a folder of migration files, and applying them one at a time with the
// runtime's own runner (db::Migrator): each section in one transaction with its
// bookkeeping row in `schema_migrations`, so a failed migration leaves neither its
// changes nor its record.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "lys/db/migration_script.h"
#include "support/database.h"

namespace lys::migtest {

// The table the runner records applied migrations in; not part of any catalog.
inline const std::string kBookkeepingTable = "schema_migrations";

struct MigrationFile {
  std::filesystem::path path;
  std::string text;
  db::MigrationScript script;
};

// `dir/<dialect>/NNNN_*.sql` in order; throws when one is malformed or of another dialect.
std::vector<MigrationFile> load_migrations(const std::filesystem::path& dir, db::Dialect dialect);

enum class Direction { Up, Down };

// Up: stages the file in the database's migrations folder and runs db::Migrator::up(),
// which must apply exactly it. Down: db::Migrator::down(1), which must revert exactly
// it, and unstages it. A failure is rethrown as a std::runtime_error naming the file
// and the section, then the runner's message (the failing statement, the database's
// message).
void apply(Database& database, const MigrationFile& migration, Direction direction);

// The names of the migrations recorded as applied, in the order applied.
std::vector<std::string> applied_migrations(Database& database);

}  // namespace lys::migtest
