#include "db/postgres_connection.h"

#include <libpq-fe.h>
#include <poll.h>

#include <memory>

#include "codec/seal.h"
#include "db/postgres_error.h"
#include "db/script_error.h"
#include "db/sql_text.h"
#include "lys/db/deadline.h"

namespace lys::db {
namespace {

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

bool succeeded(const PGresult* result) {
  const ExecStatusType status = PQresultStatus(result);
  return result != nullptr &&
         (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY);
}

// "cached plan must not change result type": the statement predates a schema change.
bool has_stale_plan(const PGresult* result) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  return state != nullptr && std::string_view(state) == "0A000" &&
         std::string_view(PQresultErrorMessage(result)).find("cached plan") !=
             std::string_view::npos;
}

// The URL's own `options` (if any) plus the padded id keys as session settings: passed
// in the startup packet, they never show in statement logs as a SET or a parameter would.
std::string startup_options(const std::string& url) {
  std::string options;
  if (PQconninfoOption* parsed = PQconninfoParse(url.c_str(), nullptr)) {
    for (const PQconninfoOption* option = parsed; option->keyword != nullptr; ++option) {
      if (std::string_view(option->keyword) == "options" && option->val != nullptr) {
        options = std::string(option->val) + " ";
      }
    }
    PQconninfoFree(parsed);
  }
  const codec::PaddedSealKeys keys = codec::padded_seal_keys();
  options += "-c " + std::string(codec::kInnerKeySetting) + "=" + keys.inner_hex + " -c " +
             std::string(codec::kOuterKeySetting) + "=" + keys.outer_hex;
  return options;
}

PGconn* connect(const std::string& url) {
  const std::string options = startup_options(url);
  const char* keywords[] = {"dbname", "options", nullptr};
  const char* values[] = {url.c_str(), options.c_str(), nullptr};
  return PQconnectdbParams(keywords, values, 1);
}

}  // namespace

PostgresConnection::PostgresConnection(const std::string& url,
                                       std::chrono::milliseconds statement_timeout, Database& owner)
    : owner_(owner) {
  connection_ = connect(url);
  if (PQstatus(connection_) != CONNECTION_OK) {
    const Error error = postgres_error(connection_, nullptr);
    PQfinish(connection_);
    throw Error(ErrorKind::Connection,
                std::string("cannot connect to PostgreSQL: ") + error.what());
  }
  // Notices ("relation already exists, skipping") are not failures; keep stderr quiet.
  PQsetNoticeProcessor(
      connection_, [](void*, const char*) {}, nullptr);
  try {
    run_uncounted(("SET statement_timeout = " + std::to_string(statement_timeout.count())).c_str());
  } catch (...) {
    PQfinish(connection_);
    throw;
  }
}

PostgresConnection::~PostgresConnection() {
  PQfinish(connection_);
}

bool PostgresConnection::healthy() const {
  return PQstatus(connection_) == CONNECTION_OK;
}

bool PostgresConnection::healthy_after_idle() {
  // Reading what the server sent meanwhile notices a connection it closed (a restart, an
  // administrator's pg_terminate_backend): the first read takes its farewell message,
  // the second sees the end of the stream. Usually the server sent nothing, which one
  // poll tells without reading.
  pollfd socket{PQsocket(connection_), POLLIN, 0};
  if (healthy() && poll(&socket, 1, 0) == 0) return true;
  for (int read = 0; read < 2 && PQtransactionStatus(connection_) == PQTRANS_IDLE; ++read) {
    PQconsumeInput(connection_);
  }
  return healthy();
}

Rows PostgresConnection::consume(PGresult* raw) {
  const Result result(raw);
  if (!succeeded(result.get())) throw postgres_error(connection_, result.get());
  const int row_count = PQntuples(result.get());
  const int column_count = PQnfields(result.get());
  std::vector<std::string> columns;
  for (int c = 0; c < column_count; ++c) columns.emplace_back(PQfname(result.get(), c));
  std::vector<std::optional<std::string>> cells;
  cells.reserve(static_cast<std::size_t>(row_count) * static_cast<std::size_t>(column_count));
  for (int r = 0; r < row_count; ++r) {
    for (int c = 0; c < column_count; ++c) {
      if (PQgetisnull(result.get(), r, c)) {
        cells.emplace_back(std::nullopt);
      } else {
        cells.emplace_back(std::string(PQgetvalue(result.get(), r, c),
                                       static_cast<std::size_t>(PQgetlength(result.get(), r, c))));
      }
    }
  }
  return Rows(std::move(columns), std::move(cells));
}

const std::string& PostgresConnection::prepare(std::string_view sql, int param_count) {
  if (const std::string* cached = statements_.find(sql)) return *cached;
  // Outside a transaction only, where DEALLOCATE cannot meet an aborted one: inside, the
  // cache runs over its bound until the transaction ends.
  while (statements_.needs_room_for(sql) && PQtransactionStatus(connection_) == PQTRANS_IDLE) {
    run_uncounted(("DEALLOCATE " + statements_.take_oldest()).c_str());
  }
  const std::string name = "s" + std::to_string(++statements_prepared_);
  const std::string text(sql);
  consume(PQprepare(connection_, name.c_str(), text.c_str(), param_count, nullptr));
  owner_.count_prepare();
  return statements_.insert(sql, name);
}

PGresult* PostgresConnection::execute(std::string_view sql, std::span<const Param> params) {
  RequestDeadline::check();
  owner_.count_statement();
  bound_.bind(params);
  const auto run = [&] {
    const std::string& name = prepare(sql, bound_.count());
    return PQexecPrepared(connection_, name.c_str(), bound_.count(), bound_.values(),
                          bound_.lengths(), bound_.formats(), /*resultFormat=*/0);
  };
  PGresult* result = run();
  if (has_stale_plan(result)) {
    // A migration changed the columns the statement returns: prepare it anew (the old
    // one stays on the server under its name, unused). Outside a transaction, retry.
    statements_.erase(sql);
    if (PQtransactionStatus(connection_) == PQTRANS_IDLE) {
      PQclear(result);
      result = run();
    }
  }
  return result;
}

Rows PostgresConnection::query(std::string_view sql, std::span<const Param> params) {
  return consume(execute(sql, params));
}

void PostgresConnection::read_first_cell(std::string_view sql, std::span<const Param> params,
                                         const CellReader& read) {
  const Result result(execute(sql, params));
  if (!succeeded(result.get())) throw postgres_error(connection_, result.get());
  if (PQntuples(result.get()) == 0 || PQnfields(result.get()) == 0 ||
      PQgetisnull(result.get(), 0, 0)) {
    read(std::nullopt);
    return;
  }
  read(std::string_view(PQgetvalue(result.get(), 0, 0),
                        static_cast<std::size_t>(PQgetlength(result.get(), 0, 0))));
}

void PostgresConnection::execute_script(std::string_view sql) {
  RequestDeadline::check();
  owner_.count_statement();
  // Statement by statement, so a failure can name its statement. Several outside a
  // transaction still apply all or nothing, as a multi-statement PQexec would; a lone
  // one runs as is (CREATE DATABASE and the like refuse any transaction block).
  const std::vector<std::string> statements = split_statements(sql);
  const bool implicit_transaction =
      statements.size() > 1 && PQtransactionStatus(connection_) == PQTRANS_IDLE;
  if (implicit_transaction) begin();
  for (const std::string& statement : statements) {
    try {
      run_uncounted(statement.c_str());
    } catch (const Error& error) {
      if (implicit_transaction && healthy()) rollback();
      throw in_statement(error, statement);
    }
  }
  if (implicit_transaction) commit();
}

void PostgresConnection::run_uncounted(const char* sql) {
  consume(PQexec(connection_, sql));
}

void PostgresConnection::begin() {
  run_uncounted("BEGIN");
}

void PostgresConnection::commit() {
  run_uncounted("COMMIT");
}

void PostgresConnection::rollback() {
  if (PQtransactionStatus(connection_) == PQTRANS_IDLE) return;
  run_uncounted("ROLLBACK");
}

}  // namespace lys::db
