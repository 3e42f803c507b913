// The migration files of one dialect (DIR/<dialect>/NNNN_name.sql), read, parsed and
// checksummed, in the order they apply.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "lys/db/migration_script.h"

namespace lys::db {

struct MigrationFile {
  MigrationScript script;
  std::string checksum;  // SHA-256 of the file's bytes, hex
};

// Throws MigrationError when the folder is missing, a file is malformed, is written
// for another dialect, is not named after its header, or shares its number.
std::vector<MigrationFile> read_migration_files(const std::filesystem::path& directory,
                                                Dialect dialect);

}  // namespace lys::db
