#include "db/migration_ledger.h"

namespace lys::db {

void MigrationLedger::create_if_missing() {
  connection_.execute_script(
      postgres() ? "CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY,"
                   " checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT "
                   "clock_timestamp())"
                 : "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY,"
                   " checksum TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT "
                   "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))");
}

bool MigrationLedger::exists() {
  const Rows rows = connection_.query(
      postgres() ? "SELECT to_regclass('schema_migrations') IS NOT NULL"
                 : "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = "
                   "'schema_migrations'");
  return rows.boolean(0, 0);
}

std::vector<AppliedMigration> MigrationLedger::applied() {
  const Rows rows = connection_.query(
      postgres() ? "SELECT name, checksum, to_char(applied_at AT TIME ZONE 'UTC', "
                   "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM schema_migrations"
                   " ORDER BY applied_at, name"
                 : "SELECT name, checksum, applied_at FROM schema_migrations"
                   " ORDER BY applied_at, name");
  std::vector<AppliedMigration> applied;
  for (std::size_t row = 0; row < rows.size(); ++row) {
    applied.push_back({std::string(rows.text(row, 0)), std::string(rows.text(row, 1)),
                       std::string(rows.text(row, 2))});
  }
  return applied;
}

bool MigrationLedger::contains(const std::string& name) {
  const std::vector<Param> params = {name};
  return !connection_.query("SELECT 1 FROM schema_migrations WHERE name = $1", params).empty();
}

void MigrationLedger::record(const std::string& name, const std::string& checksum) {
  const std::vector<Param> params = {name, checksum};
  connection_.query("INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)", params);
}

void MigrationLedger::remove(const std::string& name) {
  const std::vector<Param> params = {name};
  connection_.query("DELETE FROM schema_migrations WHERE name = $1", params);
}

}  // namespace lys::db
