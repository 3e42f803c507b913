#include "support/postgres_database.h"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>

#include "support/sql_statements.h"

namespace lys::migtest {
namespace {

// Connects to `url`, or to database `database` of that server when one is given.
PGconn* connect(const std::string& url, const std::string& database = "") {
  const char* keys[] = {"dbname", database.empty() ? nullptr : "dbname", nullptr};
  const char* values[] = {url.c_str(), database.c_str(), nullptr};
  PGconn* connection = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
  if (PQstatus(connection) != CONNECTION_OK) {
    const std::string message = PQerrorMessage(connection);
    PQfinish(connection);
    throw DatabaseError("cannot connect to PostgreSQL at " + url + ": " + message, "(connect)");
  }
  // Notices (such as "table does not exist, skipping") are not failures.
  PQsetNoticeProcessor(
      connection, [](void*, const char*) {}, nullptr);
  return connection;
}

std::vector<Row> run(PGconn* connection, const std::string& sql) {
  PGresult* result = PQexec(connection, sql.c_str());
  const ExecStatusType status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    const std::string message = PQresultErrorMessage(result);
    PQclear(result);
    throw DatabaseError(message.substr(0, message.find_last_not_of('\n') + 1), sql);
  }
  std::vector<Row> rows;
  for (int r = 0; r < PQntuples(result); ++r) {
    Row row;
    for (int c = 0; c < PQnfields(result); ++c) {
      row.push_back(PQgetisnull(result, r, c)
                        ? std::nullopt
                        : std::optional<std::string>(PQgetvalue(result, r, c)));
    }
    rows.push_back(std::move(row));
  }
  PQclear(result);
  return rows;
}

}  // namespace

std::unique_ptr<PostgresDatabase> PostgresDatabase::create_fresh(const std::string& server_url) {
  static std::atomic<int> counter = 0;
  const std::string name =
      "lys_migtest_" + std::to_string(getpid()) + "_" + std::to_string(counter++);
  PGconn* admin = connect(server_url);
  try {
    run(admin, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    run(admin, "CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
  } catch (...) {
    PQfinish(admin);
    throw;
  }
  PQfinish(admin);
  return std::unique_ptr<PostgresDatabase>(new PostgresDatabase(server_url, name));
}

PostgresDatabase::PostgresDatabase(std::string server_url, std::string name)
    : server_url_(std::move(server_url)), name_(std::move(name)) {
  connection_ = connect(server_url_, name_);
}

PostgresDatabase::~PostgresDatabase() {
  PQfinish(connection_);
  try {
    PGconn* admin = connect(server_url_);
    PQclear(PQexec(admin, ("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)").c_str()));
    PQfinish(admin);
  } catch (const DatabaseError&) {
    // The server went away: nothing is left to clean up.
  }
}

void PostgresDatabase::execute(const std::string& sql) {
  run(connection_, sql);
}

std::vector<Row> PostgresDatabase::query(const std::string& sql) {
  return run(connection_, sql);
}

void PostgresDatabase::run_section(const db::MigrationSection& section,
                                   const std::string& then_sql) {
  run(connection_, "BEGIN");
  try {
    for (const std::string& statement : split_statements(section.sql)) run(connection_, statement);
    if (!then_sql.empty()) run(connection_, then_sql);
    run(connection_, "COMMIT");
  } catch (const DatabaseError&) {
    run(connection_, "ROLLBACK");
    throw;
  }
}

}  // namespace lys::migtest
