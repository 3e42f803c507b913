#include "support/migration_files.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "lys/db/migrator.h"

namespace lys::migtest {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::filesystem::path staged_path(Database& database, const db::MigrationScript& script) {
  return database.migrations_dir() / db::dialect_name(database.dialect()) / (script.name + ".sql");
}

void stage(Database& database, const MigrationFile& migration) {
  const std::filesystem::path path = staged_path(database, migration.script);
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << migration.text;
}

}  // namespace

std::vector<MigrationFile> load_migrations(const std::filesystem::path& dir, db::Dialect dialect) {
  const std::filesystem::path folder = dir / std::string(db::dialect_name(dialect));
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() == ".sql") paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<MigrationFile> migrations;
  for (const std::filesystem::path& path : paths) {
    try {
      std::string text = read_file(path);
      db::MigrationScript script = db::parse_migration_script(text);
      if (script.dialect != dialect) throw std::runtime_error("migration of another dialect");
      if (script.name != path.stem().string())
        throw std::runtime_error("header names another file");
      migrations.push_back({path, std::move(text), std::move(script)});
    } catch (const std::runtime_error& error) {
      throw std::runtime_error(path.string() + ": " + error.what());
    }
  }
  return migrations;
}

void apply(Database& database, const MigrationFile& migration, Direction direction) {
  const bool up = direction == Direction::Up;
  const std::string what = migration.path.string() + " (" + (up ? "up" : "down") + ")";
  db::Migrator migrator(database.pool(), database.migrations_dir());
  if (up) stage(database, migration);
  std::vector<std::string> done;
  try {
    done = up ? migrator.up() : migrator.down(1);
  } catch (const db::MigrationError& error) {
    // The runner rolled the migration back whole: unstage it, as if never offered.
    if (up) std::filesystem::remove(staged_path(database, migration.script));
    throw std::runtime_error(what + " failed: " + error.what());
  }
  if (done != std::vector<std::string>{migration.script.name}) {
    throw std::runtime_error(what + ": the runner handled " + std::to_string(done.size()) +
                             " migration(s), not just this one");
  }
  if (!up) std::filesystem::remove(staged_path(database, migration.script));
}

std::vector<std::string> applied_migrations(Database& database) {
  std::vector<std::string> names;
  for (const db::MigrationStatus& status :
       db::Migrator(database.pool(), database.migrations_dir()).history()) {
    names.push_back(status.name);
  }
  return names;
}

}  // namespace lys::migtest
