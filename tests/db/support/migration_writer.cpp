#include "support/migration_writer.h"

#include <fstream>
#include <stdexcept>

namespace lys::dbtest {

void write_migration(const std::filesystem::path& directory, db::Dialect dialect,
                     const std::string& name, const std::string& up, const std::string& down) {
  const std::filesystem::path folder = directory / db::dialect_name(dialect);
  std::filesystem::create_directories(folder);
  std::ofstream file(folder / (name + ".sql"));
  file << "-- lys migration " << name << " (" << db::dialect_name(dialect) << ")\n"
       << "-- Written by a test.\n\n-- lys:up\n"
       << up << "\n\n-- lys:down\n"
       << down << "\n";
  if (!file) throw std::runtime_error("cannot write migration " + name);
}

}  // namespace lys::dbtest
