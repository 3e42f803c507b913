// A database of its own on the test PostgreSQL server (scripts/pg.sh), created empty
// and dropped again when this object goes away.
#pragma once

#include <memory>
#include <string>

#include "support/database.h"

namespace lys::migtest {

class PostgresDatabase final : public Database {
 public:
  // Creates a new, empty database on the server `server_url` points to.
  static std::unique_ptr<PostgresDatabase> create_fresh(const std::string& server_url);
  ~PostgresDatabase() override;

  Catalog read_catalog(const std::vector<std::string>& ignored) override;

 private:
  PostgresDatabase(std::string server_url, std::string name);

  std::string server_url_;
  std::string name_;
};

}  // namespace lys::migtest
