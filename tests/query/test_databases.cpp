#include "test_databases.h"

#include <libpq-fe.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "lys/query/global_id.h"

namespace lys::query::test {

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string schema_sql(db::Dialect dialect) {
  return read_file(std::string(LYS_SOURCE_DIR) + "/generated/sql/" +
                   std::string(db::dialect_name(dialect)) + "/schema.sql");
}

std::string unique_name() {
  static std::atomic<int> counter{0};
  return "planner_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
}

void base64url_function(sqlite3_context* context, int, sqlite3_value** values) {
  if (sqlite3_value_type(values[0]) == SQLITE_NULL) return sqlite3_result_null(context);
  std::string text(reinterpret_cast<const char*>(sqlite3_value_text(values[0])),
                   static_cast<std::size_t>(sqlite3_value_bytes(values[0])));
  std::string encoded = base64url_encode(text);
  sqlite3_result_text(context, encoded.c_str(), static_cast<int>(encoded.size()), SQLITE_TRANSIENT);
}

void base64_function(sqlite3_context* context, int, sqlite3_value** values) {
  if (sqlite3_value_type(values[0]) == SQLITE_NULL) return sqlite3_result_null(context);
  std::string bytes(static_cast<const char*>(sqlite3_value_blob(values[0])),
                    static_cast<std::size_t>(sqlite3_value_bytes(values[0])));
  std::string encoded = base64url_encode(bytes);
  for (char& c : encoded) c = c == '-' ? '+' : c == '_' ? '/' : c;
  while (encoded.size() % 4 != 0) encoded += '=';
  sqlite3_result_text(context, encoded.c_str(), static_cast<int>(encoded.size()), SQLITE_TRANSIENT);
}

class SqliteDatabase final : public TestDatabase, public db::Connection {
 public:
  SqliteDatabase() : path_(std::filesystem::temp_directory_path() / (unique_name() + ".db")) {
    if (sqlite3_open(path_.c_str(), &db_) != SQLITE_OK) throw std::runtime_error("sqlite open");
    int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    sqlite3_create_function(db_, "lys_base64url", 1, flags, nullptr, base64url_function, nullptr,
                            nullptr);
    sqlite3_create_function(db_, "lys_base64", 1, flags, nullptr, base64_function, nullptr,
                            nullptr);
    execute_script("PRAGMA foreign_keys = ON; PRAGMA synchronous = OFF;");
    execute_script(schema_sql(db::Dialect::Sqlite));
  }
  ~SqliteDatabase() override {
    sqlite3_close(db_);
    std::filesystem::remove(path_);
  }

  db::Connection& connection() override { return *this; }
  int statements() const override { return statements_; }
  db::Dialect dialect() const override { return db::Dialect::Sqlite; }

  db::Rows query(std::string_view sql, std::span<const db::Param> params) override {
    ++statements_;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
      throw db::Error(db::ErrorKind::Other, sqlite3_errmsg(db_));
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
      std::string name = "$" + std::to_string(i + 1);
      int index = sqlite3_bind_parameter_index(statement, name.c_str());
      if (index == 0) continue;
      std::visit(
          [&](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              sqlite3_bind_null(statement, index);
            } else if constexpr (std::is_same_v<T, bool> || std::is_same_v<T, std::int64_t>) {
              sqlite3_bind_int64(statement, index, static_cast<sqlite3_int64>(value));
            } else if constexpr (std::is_same_v<T, double>) {
              sqlite3_bind_double(statement, index, value);
            } else if constexpr (std::is_same_v<T, std::string>) {
              sqlite3_bind_text(statement, index, value.c_str(), static_cast<int>(value.size()),
                                SQLITE_TRANSIENT);
            } else {
              sqlite3_bind_blob(statement, index, value.data.data(),
                                static_cast<int>(value.data.size()), SQLITE_TRANSIENT);
            }
          },
          params[i]);
    }
    std::vector<std::string> columns;
    int count = sqlite3_column_count(statement);
    for (int c = 0; c < count; ++c) columns.emplace_back(sqlite3_column_name(statement, c));
    std::vector<std::optional<std::string>> cells;
    int status;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
      for (int c = 0; c < count; ++c) {
        if (sqlite3_column_type(statement, c) == SQLITE_NULL) {
          cells.emplace_back();
        } else {
          cells.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, c)));
        }
      }
    }
    std::string error = sqlite3_errmsg(db_);
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) throw db::Error(db::ErrorKind::Other, error);
    return db::Rows(std::move(columns), std::move(cells));
  }

  void execute_script(std::string_view sql) override {
    char* error = nullptr;
    if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      std::string message = error ? error : "sqlite error";
      sqlite3_free(error);
      throw db::Error(db::ErrorKind::Other, message);
    }
  }
  void begin() override { execute_script("BEGIN"); }
  void commit() override { execute_script("COMMIT"); }
  void rollback() override { execute_script("ROLLBACK"); }
  bool healthy() const override { return true; }

 private:
  std::filesystem::path path_;
  sqlite3* db_ = nullptr;
  int statements_ = 0;
};

class PostgresDatabase final : public TestDatabase, public db::Connection {
 public:
  PostgresDatabase() : schema_(unique_name()) {
    const char* url = std::getenv("LYS_TEST_PG_URL");
    if (!url || !*url) throw std::runtime_error("LYS_TEST_PG_URL is not set (scripts/pg.sh start)");
    pg_ = PQconnectdb(url);
    if (PQstatus(pg_) != CONNECTION_OK) throw std::runtime_error(PQerrorMessage(pg_));
    execute_script("SET client_min_messages = warning; CREATE SCHEMA " + schema_ +
                   "; SET search_path TO " + schema_);
    execute_script(schema_sql(db::Dialect::Postgres));
  }
  ~PostgresDatabase() override {
    PQclear(PQexec(pg_, ("DROP SCHEMA " + schema_ + " CASCADE").c_str()));
    PQfinish(pg_);
  }

  db::Connection& connection() override { return *this; }
  int statements() const override { return statements_; }
  db::Dialect dialect() const override { return db::Dialect::Postgres; }

  db::Rows query(std::string_view sql, std::span<const db::Param> params) override {
    ++statements_;
    std::vector<std::optional<std::string>> texts;
    for (const db::Param& param : params) {
      std::visit(
          [&](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              texts.emplace_back();
            } else if constexpr (std::is_same_v<T, bool>) {
              texts.emplace_back(value ? "true" : "false");
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
              texts.emplace_back(std::to_string(value));
            } else if constexpr (std::is_same_v<T, double>) {
              std::ostringstream out;
              out.precision(17);
              out << value;
              texts.emplace_back(out.str());
            } else if constexpr (std::is_same_v<T, std::string>) {
              texts.emplace_back(value);
            } else {
              texts.emplace_back(value.data);
            }
          },
          param);
    }
    std::vector<const char*> values;
    for (const auto& text : texts) values.push_back(text ? text->c_str() : nullptr);
    PGresult* result = PQexecParams(pg_, std::string(sql).c_str(), static_cast<int>(values.size()),
                                    nullptr, values.data(), nullptr, nullptr, 0);
    ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
      std::string message = PQresultErrorMessage(result);
      PQclear(result);
      throw db::Error(db::ErrorKind::Other, message);
    }
    std::vector<std::string> columns;
    for (int c = 0; c < PQnfields(result); ++c) columns.emplace_back(PQfname(result, c));
    std::vector<std::optional<std::string>> cells;
    for (int r = 0; r < PQntuples(result); ++r) {
      for (int c = 0; c < PQnfields(result); ++c) {
        if (PQgetisnull(result, r, c)) {
          cells.emplace_back();
        } else {
          cells.emplace_back(PQgetvalue(result, r, c));
        }
      }
    }
    PQclear(result);
    return db::Rows(std::move(columns), std::move(cells));
  }

  void execute_script(std::string_view sql) override {
    PGresult* result = PQexec(pg_, std::string(sql).c_str());
    ExecStatusType status = PQresultStatus(result);
    std::string message = PQresultErrorMessage(result);
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      throw db::Error(db::ErrorKind::Other, message);
    }
  }
  void begin() override { execute_script("BEGIN"); }
  void commit() override { execute_script("COMMIT"); }
  void rollback() override { execute_script("ROLLBACK"); }
  bool healthy() const override { return PQstatus(pg_) == CONNECTION_OK; }

 private:
  std::string schema_;
  PGconn* pg_ = nullptr;
  int statements_ = 0;
};

}  // namespace

std::unique_ptr<TestDatabase> TestDatabase::create(db::Dialect dialect) {
  if (dialect == db::Dialect::Sqlite) return std::make_unique<SqliteDatabase>();
  return std::make_unique<PostgresDatabase>();
}

}  // namespace lys::query::test
