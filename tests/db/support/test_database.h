// Where the db tests get their databases: a SQLite file in a scratch folder of its
// own, or a database of its own on the PostgreSQL server named by LYS_TEST_PG_URL
// (several test processes run at once, so nothing is shared between tests).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "lys/db/database.h"

namespace lys::dbtest {

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

// LYS_TEST_PG_URL; throws with instructions when it is unset (never skips).
std::string postgres_server_url();

// An empty database, created here and dropped (PostgreSQL) or deleted (SQLite) with
// this object.
class TestDatabase {
 public:
  explicit TestDatabase(db::Dialect dialect);
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  const std::string& url() const { return url_; }
  const std::filesystem::path& scratch() const { return scratch_.path(); }
  // Opens a pool on it with the default options.
  std::unique_ptr<db::Database> open() const;

 private:
  ScratchDir scratch_;
  std::string name_;  // PostgreSQL database
  std::string url_;
};

// Names the instances of a test parameterised by dialect: "sqlite", "postgres".
inline std::string dialect_test_name(const testing::TestParamInfo<db::Dialect>& dialect) {
  return std::string(db::dialect_name(dialect.param));
}

inline const auto kBothDialects = testing::Values(db::Dialect::Sqlite, db::Dialect::Postgres);

}  // namespace lys::dbtest
