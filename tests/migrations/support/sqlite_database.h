// A SQLite database file, opened as the runtime opens it (foreign keys on, WAL).
#pragma once

#include <string>

#include "support/database.h"

namespace lys::migtest {

class SqliteDatabase final : public Database {
 public:
  explicit SqliteDatabase(const std::string& path) : Database("sqlite:" + path) {}

  Catalog read_catalog(const std::vector<std::string>& ignored) override;
};

}  // namespace lys::migtest
