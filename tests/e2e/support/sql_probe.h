// Reads a test database directly, beside the server under test, through liblys's own
// database layer: what the API claims is checked against what is stored.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "lys/db/database.h"

namespace lys::e2e {

class SqlProbe {
 public:
  explicit SqlProbe(const std::string& url);

  // Every row of the statement, one line each, cells separated by '|', NULL as "NULL".
  std::string dump(const std::string& sql);
  std::int64_t count(const std::string& table);
  // A statement the server must not see coming (dropping a table under it, say).
  void execute(const std::string& sql);

 private:
  std::unique_ptr<db::Database> database_;
};

}  // namespace lys::e2e
