// Where the migration tests get their databases: a new SQLite file in a scratch
// folder, or a new database on the PostgreSQL server named by LYS_TEST_PG_URL.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "support/database.h"

namespace lys::migtest {

// A temporary folder, removed with everything in it when this goes away.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A fresh, empty database. For PostgreSQL, throws with instructions when
// LYS_TEST_PG_URL is unset: the suite needs a real server and never skips.
std::unique_ptr<Database> open_fresh_database(db::Dialect dialect, const ScratchDir& scratch);

// Names the instances of a test parameterised by dialect: "sqlite", "postgres".
inline std::string dialect_test_name(const testing::TestParamInfo<db::Dialect>& dialect) {
  return std::string(db::dialect_name(dialect.param));
}

}  // namespace lys::migtest
