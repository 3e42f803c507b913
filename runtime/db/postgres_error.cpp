#include "db/postgres_error.h"

#include <libpq-fe.h>

#include <string>
#include <string_view>

namespace lys::db {
namespace {

std::string field(const PGresult* result, int code) {
  const char* value = result ? PQresultErrorField(result, code) : nullptr;
  return value ? value : "";
}

std::string without_trailing_newlines(std::string message) {
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
  return message;
}

}  // namespace

Error postgres_error(PGconn* connection, const PGresult* result) {
  std::string message = result ? PQresultErrorMessage(result) : "";
  if (message.empty()) message = PQerrorMessage(connection);
  message = without_trailing_newlines(std::move(message));
  const std::string state = field(result, PG_DIAG_SQLSTATE);
  // A broken connection wins over whatever the last message was (57P01 when an
  // administrator terminated the backend, or no SQLSTATE at all when the socket closed).
  if (PQstatus(connection) == CONNECTION_BAD || state.starts_with("08") ||
      state.starts_with("57P")) {
    return Error(ErrorKind::Connection, message);
  }
  if (state == "23505") {
    return Error(ErrorKind::UniqueViolation, message, field(result, PG_DIAG_CONSTRAINT_NAME));
  }
  if (state == "23503") {
    return Error(ErrorKind::ForeignKeyViolation, message, field(result, PG_DIAG_CONSTRAINT_NAME));
  }
  if (state == "23514") {
    return Error(ErrorKind::CheckViolation, message, field(result, PG_DIAG_CONSTRAINT_NAME));
  }
  if (state == "23502") {
    return Error(ErrorKind::NotNullViolation, message, field(result, PG_DIAG_COLUMN_NAME));
  }
  if (state == "40001" || state == "40P01") return Error(ErrorKind::Serialization, message);
  if (state == "57014") return Error(ErrorKind::Timeout, message);
  if (state.starts_with("54")) return Error(ErrorKind::TooComplex, message);
  return Error(ErrorKind::Other, message);
}

}  // namespace lys::db
