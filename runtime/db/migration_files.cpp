#include "db/migration_files.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "codec/digest.h"
#include "lys/db/migrator.h"

namespace lys::db {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MigrationError("cannot read migration file " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

MigrationFile read_migration_file(const std::filesystem::path& path, Dialect dialect) {
  const std::string text = read_file(path);
  MigrationFile file;
  try {
    file.script = parse_migration_script(text);
  } catch (const MigrationScriptError& error) {
    throw MigrationError(path.string() + ": " + error.what());
  }
  if (file.script.dialect != dialect) {
    throw MigrationError(path.string() + ": written for " +
                         std::string(dialect_name(file.script.dialect)) + ", not " +
                         std::string(dialect_name(dialect)));
  }
  if (path.stem().string() != file.script.name) {
    throw MigrationError(path.string() + ": its header names migration '" + file.script.name +
                         "'; the file must be called " + file.script.name + ".sql");
  }
  file.checksum = codec::sha256_hex(text);
  return file;
}

}  // namespace

std::vector<MigrationFile> read_migration_files(const std::filesystem::path& directory,
                                                Dialect dialect) {
  const std::filesystem::path folder = directory / dialect_name(dialect);
  std::error_code error;
  if (!std::filesystem::is_directory(folder, error)) {
    throw MigrationError("no migrations folder " + folder.string());
  }
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == ".sql") {
      paths.push_back(entry.path());
    }
  }
  std::sort(paths.begin(), paths.end());
  std::vector<MigrationFile> files;
  for (const std::filesystem::path& path : paths) {
    files.push_back(read_migration_file(path, dialect));
    if (files.size() > 1 && files[files.size() - 2].script.number == files.back().script.number) {
      throw MigrationError("migrations '" + files[files.size() - 2].script.name + "' and '" +
                           files.back().script.name + "' share their number");
    }
  }
  return files;
}

}  // namespace lys::db
