#include "db/sqlite_connection.h"

#include <sqlite3.h>

#include <cctype>

#include "db/placeholders.h"
#include "db/script_error.h"
#include "db/sql_text.h"
#include "db/sqlite_error.h"
#include "db/sqlite_functions.h"
#include "lys/db/deadline.h"

namespace lys::db {

void SqliteConnection::Finalizer::operator()(sqlite3_stmt* statement) const {
  sqlite3_finalize(statement);
}

SqliteConnection::SqliteConnection(const std::string& path, std::chrono::milliseconds busy_timeout,
                                   Database& owner)
    : owner_(owner) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const int opened = sqlite3_open_v2(path.c_str(), &handle_, flags, nullptr);
  if (opened != SQLITE_OK) {
    const std::string message = handle_ ? sqlite3_errmsg(handle_) : "out of memory";
    sqlite3_close(handle_);
    throw Error(ErrorKind::Connection, "cannot open SQLite database '" + path + "': " + message);
  }
  sqlite3_extended_result_codes(handle_, 1);
  // The busy timeout first: switching to WAL needs a lock another connection may hold.
  sqlite3_busy_timeout(handle_, static_cast<int>(busy_timeout.count()));
  try {
    const int registered = register_sqlite_functions(handle_);
    if (registered != SQLITE_OK) fail(registered);
    run_uncounted(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
    interrupt_at_deadline(true);
  } catch (...) {
    sqlite3_close(handle_);
    throw;
  }
}

SqliteConnection::~SqliteConnection() {
  statements_.clear();
  sqlite3_close(handle_);
}

void SqliteConnection::fail(int result) {
  if (sqlite_error_breaks_connection(result)) healthy_ = false;
  throw sqlite_error(handle_, result);
}

sqlite3_stmt* SqliteConnection::prepare(std::string_view sql) {
  if (const Statement* cached = statements_.find(sql)) return cached->get();
  while (statements_.needs_room_for(sql)) statements_.take_oldest();  // finalized as it goes
  const std::string rewritten = sqlite_placeholders(sql);
  sqlite3_stmt* statement = nullptr;
  const int prepared = sqlite3_prepare_v2(handle_, rewritten.c_str(),
                                          static_cast<int>(rewritten.size()), &statement, nullptr);
  if (prepared != SQLITE_OK) fail(prepared);
  if (statement == nullptr) throw Error(ErrorKind::Other, "empty SQL statement");
  owner_.count_prepare();
  return statements_.insert(sql, Statement(statement)).get();
}

void SqliteConnection::bind(sqlite3_stmt* statement, std::span<const Param> params) {
  for (std::size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    const Param& param = params[i];
    int bound = SQLITE_OK;
    if (std::holds_alternative<std::nullptr_t>(param)) {
      bound = sqlite3_bind_null(statement, index);
    } else if (const bool* flag = std::get_if<bool>(&param)) {
      bound = sqlite3_bind_int(statement, index, *flag ? 1 : 0);
    } else if (const std::int64_t* integer = std::get_if<std::int64_t>(&param)) {
      bound = sqlite3_bind_int64(statement, index, *integer);
    } else if (const double* real = std::get_if<double>(&param)) {
      bound = sqlite3_bind_double(statement, index, *real);
    } else if (const std::string* text = std::get_if<std::string>(&param)) {
      bound = sqlite3_bind_text64(statement, index, text->data(), text->size(), SQLITE_STATIC,
                                  SQLITE_UTF8);
    } else {
      const std::string& data = std::get<Bytes>(param).data;
      bound = sqlite3_bind_blob64(statement, index, data.data(), data.size(), SQLITE_STATIC);
    }
    if (bound != SQLITE_OK) fail(bound);
  }
}

Rows SqliteConnection::step_all(sqlite3_stmt* statement) {
  // The first step re-prepares a statement made before a schema change, so the
  // columns are read after it (`SELECT *` may have gained some).
  int result = sqlite3_step(statement);
  const int column_count = sqlite3_column_count(statement);
  std::vector<std::string> columns;
  for (int c = 0; c < column_count; ++c) columns.emplace_back(sqlite3_column_name(statement, c));
  std::vector<std::optional<std::string>> cells;
  for (; result == SQLITE_ROW; result = sqlite3_step(statement)) {
    for (int c = 0; c < column_count; ++c) {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
      if (text == nullptr) {
        cells.emplace_back(std::nullopt);
      } else {
        cells.emplace_back(
            std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement, c))));
      }
    }
  }
  if (result != SQLITE_DONE) fail(result);
  return Rows(std::move(columns), std::move(cells));
}

Rows SqliteConnection::query(std::string_view sql, std::span<const Param> params) {
  RequestDeadline::check();
  owner_.count_statement();
  sqlite3_stmt* statement = prepare(sql);
  // Reset even when binding or stepping throws, so the cached statement is reusable
  // and does not hold a read snapshot open.
  struct Reset {
    sqlite3_stmt* statement;
    ~Reset() {
      sqlite3_reset(statement);
      sqlite3_clear_bindings(statement);
    }
  } reset{statement};
  bind(statement, params);
  return step_all(statement);
}

void SqliteConnection::execute_script(std::string_view sql) {
  RequestDeadline::check();
  owner_.count_statement();
  // Statement by statement (as sqlite3_exec would), so a failure can name its statement.
  const char* next = sql.data();
  const char* const end = sql.data() + sql.size();
  while (next < end) {
    sqlite3_stmt* raw = nullptr;
    const char* tail = nullptr;
    const int prepared =
        sqlite3_prepare_v2(handle_, next, static_cast<int>(end - next), &raw, &tail);
    const Statement statement(raw);
    while (next < end && std::isspace(static_cast<unsigned char>(*next)) != 0) ++next;
    const char* const start = next;
    const std::string_view text(start, static_cast<std::size_t>((tail ? tail : end) - start));
    next = tail ? tail : end;
    try {
      if (prepared != SQLITE_OK) fail(prepared);
      if (statement) step_all(statement.get());
    } catch (const Error& error) {
      // A statement that did not parse has no tail: name it up to its ';'.
      const std::vector<std::string> unparsed =
          split_statements(std::string_view(start, static_cast<std::size_t>(end - start)));
      throw in_statement(error,
                         prepared == SQLITE_OK || unparsed.empty() ? text : unparsed.front());
    }
  }
}

void SqliteConnection::run_uncounted(std::string_view sql) {
  const std::string script(sql);
  const int result = sqlite3_exec(handle_, script.c_str(), nullptr, nullptr, nullptr);
  if (result != SQLITE_OK) fail(sqlite3_extended_errcode(handle_));
}

void SqliteConnection::begin() {
  run_uncounted("BEGIN IMMEDIATE");
}

void SqliteConnection::commit() {
  run_uncounted("COMMIT");
}

void SqliteConnection::rollback() {
  // A failed statement may already have rolled the transaction back.
  if (sqlite3_get_autocommit(handle_) != 0) return;
  // Undoing must work past the deadline too.
  interrupt_at_deadline(false);
  struct Restore {
    SqliteConnection* connection;
    ~Restore() { connection->interrupt_at_deadline(true); }
  } restore{this};
  run_uncounted("ROLLBACK");
}

void SqliteConnection::interrupt_at_deadline(bool on) {
  // Every few thousand virtual machine steps; a non-zero answer interrupts the statement.
  constexpr int kSteps = 4096;
  if (on) {
    sqlite3_progress_handler(
        handle_, kSteps, [](void*) { return RequestDeadline::passed() ? 1 : 0; }, nullptr);
  } else {
    sqlite3_progress_handler(handle_, 0, nullptr, nullptr);
  }
}

}  // namespace lys::db
