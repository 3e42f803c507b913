#include "support/test_databases.h"

#include <cstdlib>
#include <stdexcept>
#include <string>

#include "support/postgres_database.h"
#include "support/sqlite_database.h"

namespace lys::migtest {

ScratchDir::ScratchDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "lys-migtest-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("cannot create " + pattern);
  path_ = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::unique_ptr<Database> open_fresh_database(db::Dialect dialect, const ScratchDir& scratch) {
  if (dialect == db::Dialect::Sqlite) {
    static int counter = 0;
    const auto file = scratch.path() / ("fresh_" + std::to_string(counter++) + ".db");
    return std::make_unique<SqliteDatabase>(file.string());
  }
  const char* url = std::getenv("LYS_TEST_PG_URL");
  if (url == nullptr || *url == '\0') {
    throw std::runtime_error(
        "LYS_TEST_PG_URL is not set: these tests need a real PostgreSQL server. Start one with\n"
        "  eval \"$(scripts/pg.sh start)\"\n"
        "and run the tests again from that shell (scripts/pg.sh stop stops it).");
  }
  return PostgresDatabase::create_fresh(url);
}

}  // namespace lys::migtest
