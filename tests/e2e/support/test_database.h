// A fresh database per test: a SQLite file in a new temporary directory, or a new
// database on the PostgreSQL server of LYS_TEST_PG_URL (which must be set: the
// PostgreSQL tests fail without it, they never skip). Removed when destroyed.
#pragma once

#include <filesystem>
#include <string>

namespace lys::e2e {

class TestDatabase {
 public:
  static TestDatabase sqlite();
  static TestDatabase postgres();
  TestDatabase(TestDatabase&& other) noexcept;
  TestDatabase& operator=(TestDatabase&&) = delete;
  ~TestDatabase();

  // The URL the server takes (--database / LYS_DATABASE_URL).
  const std::string& url() const { return url_; }
  // A working directory for the test's files.
  const std::filesystem::path& directory() const { return directory_; }
  // PostgreSQL: drops the database, closing every connection to it.
  void drop();

 private:
  TestDatabase() = default;
  std::filesystem::path directory_;
  std::string url_;
  std::string admin_url_;  // PostgreSQL: the server's URL, to drop the database
  std::string pg_name_;
};

}  // namespace lys::e2e
