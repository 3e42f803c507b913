#include "db/sqlite_error.h"

#include <sqlite3.h>

#include <string>
#include <string_view>

namespace lys::db {
namespace {

// "UNIQUE constraint failed: t.a, t.b" → "a,b"; "NOT NULL constraint failed: t.a" → "a".
std::string failed_columns(std::string_view detail) {
  std::string columns;
  while (!detail.empty()) {
    const std::size_t comma = detail.find(", ");
    std::string_view column = detail.substr(0, comma);
    const std::size_t dot = column.rfind('.');
    if (dot != std::string_view::npos) column.remove_prefix(dot + 1);
    if (!columns.empty()) columns.push_back(',');
    columns.append(column);
    if (comma == std::string_view::npos) break;
    detail.remove_prefix(comma + 2);
  }
  return columns;
}

// The text after "... constraint failed: ".
std::string_view failure_detail(std::string_view message) {
  constexpr std::string_view kMarker = "constraint failed: ";
  const std::size_t at = message.find(kMarker);
  return at == std::string_view::npos ? std::string_view{} : message.substr(at + kMarker.size());
}

}  // namespace

bool sqlite_error_breaks_connection(int result) {
  switch (result & 0xff) {
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_CANTOPEN:
    case SQLITE_FULL:
      return true;
    default:
      return false;
  }
}

Error sqlite_error(sqlite3* handle, int result) {
  const std::string message = sqlite3_errmsg(handle);
  const std::string_view detail = failure_detail(message);
  switch (result) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY:
      return Error(ErrorKind::UniqueViolation, message, failed_columns(detail));
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return Error(ErrorKind::ForeignKeyViolation, message);
    case SQLITE_CONSTRAINT_TRIGGER:
      // ON DELETE / ON UPDATE RESTRICT is enforced by an internal trigger.
      if (message == "FOREIGN KEY constraint failed") {
        return Error(ErrorKind::ForeignKeyViolation, message);
      }
      break;
    case SQLITE_CONSTRAINT_CHECK:
      return Error(ErrorKind::CheckViolation, message, std::string(detail));
    case SQLITE_CONSTRAINT_NOTNULL:
      return Error(ErrorKind::NotNullViolation, message, failed_columns(detail));
    default:
      break;
  }
  switch (result & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error(ErrorKind::Serialization, message);
    case SQLITE_INTERRUPT:  // only at a RequestDeadline (lys/db/deadline.h)
      return Error(ErrorKind::Timeout, message);
    default:
      break;
  }
  // SQLite says these only in its message: its parser's stack is a fixed 100 entries,
  // which a few levels of nested relations fill.
  if (message == "parser stack overflow" || message.starts_with("Expression tree is too large")) {
    return Error(ErrorKind::TooComplex, message);
  }
  const ErrorKind kind =
      sqlite_error_breaks_connection(result) ? ErrorKind::Connection : ErrorKind::Other;
  return Error(kind, message);
}

}  // namespace lys::db
