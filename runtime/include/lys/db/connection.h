// Database access: one connection, its parameters, results and errors. Both
// dialects behind one interface; SQL uses $1..$n placeholders on both (the SQLite
// connection maps them to ?NNN). Every statement is prepared once per connection
// and cached by its SQL text, so a repeated statement costs a bind and a step.
//
// Failures throw db::Error (below) with a kind the GraphQL layer maps to an error
// code; the HTTP server catches any that reaches it and answers INTERNAL.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "lys/db/dialect.h"

namespace lys::db {

struct Bytes {
  std::string data;
  friend bool operator==(const Bytes&, const Bytes&) = default;
};

// A bound parameter. Decimals, uuids, dates and datetimes travel as text; the
// database converts them in the context of the column they are compared with.
using Param = std::variant<std::nullptr_t, bool, std::int64_t, double, std::string, Bytes>;

// The rows of one statement, materialised. Cells are read as text (the database's
// text form; booleans as "true"/"false" on both dialects is NOT guaranteed — use
// boolean()).
class Rows {
 public:
  Rows() = default;
  Rows(std::vector<std::string> columns, std::vector<std::optional<std::string>> cells)
      : columns_(std::move(columns)), cells_(std::move(cells)) {}

  std::size_t size() const { return columns_.empty() ? 0 : cells_.size() / columns_.size(); }
  bool empty() const { return size() == 0; }
  const std::vector<std::string>& columns() const { return columns_; }

  bool is_null(std::size_t row, std::size_t column) const { return !cell(row, column); }
  // The cell's text; empty for NULL.
  std::string_view text(std::size_t row, std::size_t column) const;
  std::int64_t integer(std::size_t row, std::size_t column) const;
  bool boolean(std::size_t row, std::size_t column) const;

 private:
  const std::optional<std::string>& cell(std::size_t row, std::size_t column) const {
    return cells_[row * columns_.size() + column];
  }
  std::vector<std::string> columns_;
  std::vector<std::optional<std::string>> cells_;  // row-major
};

// Why a statement failed, as the API reports it.
enum class ErrorKind {
  UniqueViolation,      // CONFLICT, naming the constraint's fields
  ForeignKeyViolation,  // BAD_USER_INPUT (a referenced row is missing) or CONFLICT (still
                        // referenced)
  CheckViolation,       // BAD_USER_INPUT, naming the check
  NotNullViolation,     // BAD_USER_INPUT
  Serialization,        // retryable: serialization failure, deadlock, SQLITE_BUSY
  Connection,           // the connection is broken; the pool replaces it
  Timeout,              // statement timeout
  TooComplex,           // TOO_COMPLEX: beyond the database's own limits (SQLite's parser
                        // stack, PostgreSQL's program limits)
  Other,
};

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string message, std::string constraint = {})
      : std::runtime_error(std::move(message)), kind_(kind), constraint_(std::move(constraint)) {}
  ErrorKind kind() const { return kind_; }
  // The violated constraint's name (uq_…, fk_…, ck_…) when the database says it.
  const std::string& constraint() const { return constraint_; }

 private:
  ErrorKind kind_;
  std::string constraint_;
};

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;

  // One statement with $1..$n parameters, prepared once and cached by its text.
  virtual Rows query(std::string_view sql, std::span<const Param> params = {}) = 0;
  // query(), for a statement whose answer is its first row's first cell (a response's
  // JSON): `read` gets that cell's text, or nullopt for NULL or no row, while the
  // result is alive, so the text is not copied out of it.
  using CellReader = std::function<void(std::optional<std::string_view>)>;
  virtual void read_first_cell(std::string_view sql, std::span<const Param> params,
                               const CellReader& read);
  // Several statements without parameters, as written (migrations, fixtures DDL). A
  // failure's message ends with "\n  in statement: <the failing statement>". Outside a
  // transaction, PostgreSQL applies a script all or nothing, SQLite statement by statement:
  // open one with begin() to get the same on both.
  virtual void execute_script(std::string_view sql) = 0;

  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  // False once the connection has failed in a way that needs a new one, as far as the
  // client knows without asking the server (no system call).
  virtual bool healthy() const = 0;
  // healthy(), after reading what the server may have sent while the connection sat
  // idle: notices a connection the server closed meanwhile (a restart), before a
  // statement has to fail on it. May make a system call.
  virtual bool healthy_after_idle() { return healthy(); }
};

// Rolls back on scope exit unless committed.
class Transaction {
 public:
  explicit Transaction(Connection& connection) : connection_(connection) { connection_.begin(); }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  void commit();

 private:
  Connection& connection_;
  bool done_ = false;
};

}  // namespace lys::db
