#include "support/sqlite_database.h"

#include <sqlite3.h>

#include <cctype>

namespace lys::migtest {

SqliteDatabase::SqliteDatabase(const std::string& path) {
  if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) {
    const std::string message = sqlite3_errmsg(db_);
    sqlite3_close(db_);
    throw DatabaseError("cannot open " + path + ": " + message, "(open)");
  }
  execute("PRAGMA foreign_keys = ON");
}

SqliteDatabase::~SqliteDatabase() {
  sqlite3_close(db_);
}

void SqliteDatabase::execute(const std::string& sql) {
  run_statements(sql);
}

std::vector<Row> SqliteDatabase::query(const std::string& sql) {
  return run_statements(sql);
}

std::vector<Row> SqliteDatabase::run_statements(std::string_view sql) {
  std::vector<Row> rows;
  const char* next = sql.data();
  const char* const end = sql.data() + sql.size();
  while (next < end) {
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    const int prepared =
        sqlite3_prepare_v2(db_, next, static_cast<int>(end - next), &statement, &tail);
    while (next < end && std::isspace(static_cast<unsigned char>(*next)) != 0) ++next;
    const std::string text(next, tail ? tail : end);
    if (prepared != SQLITE_OK) throw DatabaseError(sqlite3_errmsg(db_), text);
    next = tail;
    if (statement == nullptr) continue;  // only whitespace or comments were left
    rows.clear();                        // a script's result is its last statement's
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement)) == SQLITE_ROW) {
      Row row;
      for (int i = 0; i < sqlite3_column_count(statement); ++i) {
        const auto* value = sqlite3_column_text(statement, i);
        row.push_back(value ? std::optional<std::string>(reinterpret_cast<const char*>(value))
                            : std::nullopt);
      }
      rows.push_back(std::move(row));
    }
    sqlite3_finalize(statement);
    if (status != SQLITE_DONE) throw DatabaseError(sqlite3_errmsg(db_), text);
  }
  return rows;
}

void SqliteDatabase::run_section(const db::MigrationSection& section, const std::string& then_sql) {
  // SQLite's table rebuild procedure: foreign keys can only be switched outside a
  // transaction, and must be checked by hand before committing.
  if (section.foreign_keys_off) execute("PRAGMA foreign_keys = OFF");
  try {
    execute("BEGIN");
    run_statements(section.sql);
    run_statements(then_sql);
    if (section.foreign_keys_off) {
      const std::vector<Row> violations = query("PRAGMA foreign_key_check");
      if (!violations.empty()) {
        const Row& first = violations.front();
        throw DatabaseError(std::to_string(violations.size()) +
                                " foreign key violation(s), the first in table '" +
                                first[0].value_or("?") + "' row " + first[1].value_or("?") +
                                " referencing '" + first[2].value_or("?") + "'",
                            "PRAGMA foreign_key_check");
      }
    }
    execute("COMMIT");
  } catch (const DatabaseError&) {
    if (sqlite3_get_autocommit(db_) == 0) execute("ROLLBACK");
    if (section.foreign_keys_off) execute("PRAGMA foreign_keys = ON");
    throw;
  }
  if (section.foreign_keys_off) execute("PRAGMA foreign_keys = ON");
}

}  // namespace lys::migtest
