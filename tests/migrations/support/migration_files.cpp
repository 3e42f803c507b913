#include "support/migration_files.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace lys::migtest {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
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
      db::MigrationScript script = db::parse_migration_script(read_file(path));
      if (script.dialect != dialect) throw std::runtime_error("migration of another dialect");
      if (script.name != path.stem().string())
        throw std::runtime_error("header names another file");
      migrations.push_back({path, std::move(script)});
    } catch (const std::runtime_error& error) {
      throw std::runtime_error(path.string() + ": " + error.what());
    }
  }
  return migrations;
}

void prepare_bookkeeping(Database& database) {
  database.execute("CREATE TABLE " + kBookkeepingTable +
                   " (number integer PRIMARY KEY, name varchar(200) NOT NULL)");
}

void apply(Database& database, const MigrationFile& migration, Direction direction) {
  const db::MigrationScript& script = migration.script;
  const bool up = direction == Direction::Up;
  const std::string record =
      up ? "INSERT INTO " + kBookkeepingTable + " (number, name) VALUES (" +
               std::to_string(script.number) + ", '" + script.name + "')"
         : "DELETE FROM " + kBookkeepingTable + " WHERE number = " + std::to_string(script.number);
  try {
    database.run_section(up ? script.up : script.down, record);
  } catch (const DatabaseError& error) {
    throw std::runtime_error(migration.path.string() + " (" + (up ? "up" : "down") +
                             ") failed: " + error.what());
  }
}

std::vector<std::string> applied_migrations(Database& database) {
  std::vector<std::string> names;
  for (const Row& row :
       database.query("SELECT name FROM " + kBookkeepingTable + " ORDER BY number")) {
    names.push_back(*row[0]);
  }
  return names;
}

}  // namespace lys::migtest
