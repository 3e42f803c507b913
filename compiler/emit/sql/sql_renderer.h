// One renderer per SQL dialect turns schema changes into a script. The differ and
// the schema generator never ask which dialect they talk to: whatever differs
// (types, comments, what ALTER TABLE can do) lives behind this interface.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "compiler/emit/sql/schema_change.h"
#include "compiler/emit/sql/sql_text.h"

namespace lys::emit::sql {

class SqlRenderer : public SqlSyntax {
 public:
  // "postgres" or "sqlite": the folder of the dialect's files.
  virtual std::string dialect() const = 0;

  // A script applying `changes` in order: one statement per line group, each ending
  // with ';', groups separated by blank lines; directives for the migration runner
  // (see the brief) come first.
  std::string render(const std::vector<SchemaChange>& changes) const;

 protected:
  virtual std::vector<std::string> statements(const SchemaChange& change) const = 0;
  virtual std::vector<std::string> directives(const std::vector<SchemaChange>& changes) const;

  // `name TYPE [NOT NULL] [DEFAULT …]` and whatever the dialect adds.
  virtual std::string column_definition(const Column& column) const = 0;

  // The table's body, shared by CREATE TABLE and a table rebuild: column definitions,
  // then the primary key, foreign keys (but `skipped` ones) and checks.
  std::string create_table_statement(const Table& table, const std::string& name,
                                     const std::vector<std::string>& skipped) const;
  std::string foreign_key_clause(const ForeignKey& foreign_key) const;
  std::string check_clause(const CheckConstraint& check) const;
  std::string create_index_statement(const std::string& table, const Index& index) const;
  // ` DEFAULT …`, or nothing without a default.
  std::string default_clause(const Column& column) const;
  std::string default_expression(const ir::Value& default_value) const;
};

std::unique_ptr<SqlRenderer> make_postgres_renderer();
std::unique_ptr<SqlRenderer> make_sqlite_renderer();

// Both dialects, in the order their files are written.
std::vector<std::unique_ptr<SqlRenderer>> all_renderers();

// `a, b, c` with each name quoted when needed.
std::string identifier_list(const std::vector<std::string>& names);

}  // namespace lys::emit::sql
