// The SQL of a generated repository, one set per dialect. Whatever differs between
// the dialects (how a column is read back into the one text form the C++ side
// expects, the current time) lives behind RepositoryDialect.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "compiler/ir/ir.h"

namespace lys::emit::cpp {

class RepositoryDialect {
 public:
  virtual ~RepositoryDialect() = default;
  // "Sqlite" or "Postgres": the lys::db::Dialect enumerator.
  virtual std::string name() const = 0;
  // The column as a SELECT reads it: decimals with their scale, datetimes as RFC 3339
  // UTC with milliseconds, bytes as hexadecimal; NULL stays NULL.
  virtual std::string read(const ir::Field& field) const = 0;
  virtual std::string now() const = 0;
};

// SQLite first, then PostgreSQL: the order of the generated constants.
std::vector<std::unique_ptr<RepositoryDialect>> repository_dialects();

struct RepositorySql {
  std::string select;  // every column; find_many appends its conditions
  std::string find_by_id;
  std::string insert;   // $1..$n: the written columns; returns the row
  std::string update;   // $1..$n as insert, $n+1 the expected version; returns the row
  std::string upsert;   // as insert
  std::string remove;   // $1: the id; returns the id
  std::string version;  // $1: the id; the row's current version
};

// The columns a repository writes, in table order: the id and every field but
// created_at, updated_at and version, which the database and the update maintain.
std::vector<const ir::Field*> written_fields(const ir::Entity& entity);

RepositorySql repository_sql(const ir::Entity& entity, const RepositoryDialect& dialect);

}  // namespace lys::emit::cpp
