#include "lys/db/migrator.h"

#include <algorithm>
#include <map>

#include "db/migration_files.h"
#include "db/migration_ledger.h"
#include "db/migration_lock.h"
#include "db/migration_runner.h"

namespace lys::db {
namespace {

using FilesByName = std::map<std::string, const MigrationFile*>;

FilesByName index_by_name(const std::vector<MigrationFile>& files) {
  FilesByName by_name;
  for (const MigrationFile& file : files) by_name.emplace(file.script.name, &file);
  return by_name;
}

// Applied migrations must still be the files that were applied: refuses to go on when
// one was edited or deleted since.
void verify_applied(const std::vector<AppliedMigration>& applied, const FilesByName& files,
                    const std::filesystem::path& folder) {
  for (const AppliedMigration& migration : applied) {
    const auto file = files.find(migration.name);
    if (file == files.end()) {
      throw MigrationError("applied migration '" + migration.name + "' has no file in " +
                           folder.string() + "; restore it before migrating");
    }
    if (file->second->checksum != migration.checksum) {
      throw MigrationError("applied migration '" + migration.name +
                           "' was edited after it was applied (its SHA-256 changed); restore "
                           "it and put new changes in a new migration");
    }
  }
}

// Runs one section with its bookkeeping; a failure becomes a MigrationError naming it.
bool run_section(Connection& connection, const MigrationFile& file, bool up) {
  MigrationLedger ledger(connection);
  const std::string& name = file.script.name;
  try {
    return run_migration_section(
        connection, up ? file.script.up : file.script.down,
        [&] { return ledger.contains(name) != up; },
        [&] { up ? ledger.record(name, file.checksum) : ledger.remove(name); });
  } catch (const std::runtime_error& error) {
    throw MigrationError("migration '" + name + "' failed " + (up ? "up" : "down") +
                         " and was rolled back: " + error.what());
  }
}

// The ledger's records, without creating it: reading status changes nothing.
std::vector<AppliedMigration> read_applied(Database& database) {
  auto connection = database.acquire();
  MigrationLedger ledger(*connection);
  return ledger.exists() ? ledger.applied() : std::vector<AppliedMigration>{};
}

MigrationStatus status_of(const AppliedMigration& migration, const FilesByName& files) {
  const auto file = files.find(migration.name);
  MigrationStatus status;
  status.name = migration.name;
  status.applied = true;
  status.applied_at = migration.applied_at;
  status.missing_file = file == files.end();
  status.edited = !status.missing_file && file->second->checksum != migration.checksum;
  return status;
}

}  // namespace

Migrator::Migrator(Database& database, std::filesystem::path migrations_dir,
                   std::chrono::milliseconds lock_timeout)
    : database_(database), directory_(std::move(migrations_dir)), lock_timeout_(lock_timeout) {}

std::vector<std::string> Migrator::up() {
  auto connection = database_.acquire();
  const MigrationLock lock(*connection, lock_timeout_);
  MigrationLedger ledger(*connection);
  ledger.create_if_missing();
  const std::vector<MigrationFile> files = read_migration_files(directory_, database_.dialect());
  const std::vector<AppliedMigration> applied = ledger.applied();
  verify_applied(applied, index_by_name(files), directory_ / dialect_name(database_.dialect()));

  std::vector<std::string> names;
  for (const MigrationFile& file : files) {
    const bool done = std::any_of(applied.begin(), applied.end(), [&](const AppliedMigration& a) {
      return a.name == file.script.name;
    });
    if (!done && run_section(*connection, file, /*up=*/true)) names.push_back(file.script.name);
  }
  return names;
}

std::vector<std::string> Migrator::down(int count) {
  auto connection = database_.acquire();
  const MigrationLock lock(*connection, lock_timeout_);
  MigrationLedger ledger(*connection);
  ledger.create_if_missing();
  const std::vector<MigrationFile> files = read_migration_files(directory_, database_.dialect());
  const FilesByName by_name = index_by_name(files);
  const std::vector<AppliedMigration> applied = ledger.applied();
  verify_applied(applied, by_name, directory_ / dialect_name(database_.dialect()));

  std::vector<std::string> names;
  for (auto migration = applied.rbegin();
       migration != applied.rend() && static_cast<int>(names.size()) < count; ++migration) {
    if (run_section(*connection, *by_name.at(migration->name), /*up=*/false)) {
      names.push_back(migration->name);
    }
  }
  return names;
}

std::vector<MigrationStatus> Migrator::status() {
  const std::vector<MigrationFile> files = read_migration_files(directory_, database_.dialect());
  const FilesByName by_name = index_by_name(files);
  std::map<std::string, MigrationStatus> statuses;  // by name, which sorts by number
  for (const MigrationFile& file : files) statuses[file.script.name].name = file.script.name;
  for (const AppliedMigration& migration : read_applied(database_)) {
    statuses[migration.name] = status_of(migration, by_name);
  }
  std::vector<MigrationStatus> result;
  for (auto& [name, status] : statuses) result.push_back(std::move(status));
  return result;
}

std::vector<MigrationStatus> Migrator::history() {
  const std::vector<MigrationFile> files = read_migration_files(directory_, database_.dialect());
  const FilesByName by_name = index_by_name(files);
  std::vector<MigrationStatus> result;
  for (const AppliedMigration& migration : read_applied(database_)) {
    result.push_back(status_of(migration, by_name));
  }
  return result;
}

}  // namespace lys::db
