#include "compiler/emit/sql/sql_renderer.h"

#include <algorithm>

namespace lys::emit::sql {

std::string identifier_list(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : ", ") + identifier(name);
  return list;
}

std::string SqlRenderer::render(const std::vector<SchemaChange>& changes) const {
  std::string script;
  for (const std::string& directive : directives(changes)) script += directive + "\n";
  bool first_group = true;
  for (const SchemaChange& change : changes) {
    std::vector<std::string> group = statements(change);
    if (group.empty()) continue;
    if (!first_group) script += "\n";
    first_group = false;
    for (const std::string& statement : group) script += statement + ";\n";
  }
  return script;
}

std::vector<std::string> SqlRenderer::directives(const std::vector<SchemaChange>&) const {
  return {};
}

std::string SqlRenderer::create_table_statement(const Table& table, const std::string& name,
                                                const std::vector<std::string>& skipped) const {
  std::vector<std::string> lines;
  for (const Column& column : table.columns) lines.push_back(column_definition(column));
  lines.push_back("CONSTRAINT " + identifier(table.primary_key) + " PRIMARY KEY (id)");
  for (const ForeignKey& foreign_key : table.foreign_keys) {
    if (std::find(skipped.begin(), skipped.end(), foreign_key.name) != skipped.end()) continue;
    lines.push_back(foreign_key_clause(foreign_key));
  }
  for (const CheckConstraint& check : table.checks) lines.push_back(check_clause(check));

  std::string statement = "CREATE TABLE " + identifier(name) + " (\n";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    statement += "  " + lines[i] + (i + 1 < lines.size() ? ",\n" : "\n");
  }
  return statement + ")";
}

std::string SqlRenderer::foreign_key_clause(const ForeignKey& foreign_key) const {
  static const char* const kOnDelete[] = {"RESTRICT", "CASCADE", "SET NULL"};
  return "CONSTRAINT " + identifier(foreign_key.name) + " FOREIGN KEY (" +
         identifier(foreign_key.column) + ") REFERENCES " + identifier(foreign_key.target_table) +
         " (id) ON DELETE " + kOnDelete[static_cast<int>(foreign_key.on_delete)];
}

std::string SqlRenderer::check_clause(const CheckConstraint& check) const {
  return "CONSTRAINT " + identifier(check.name) + " CHECK (" + expression(check.condition, *this) +
         ")";
}

std::string SqlRenderer::create_index_statement(const std::string& table,
                                                const Index& index) const {
  return std::string(index.unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") +
         identifier(index.name) + " ON " + identifier(table) + " (" +
         identifier_list(index.columns) + ")";
}

std::string SqlRenderer::default_clause(const Column& column) const {
  return column.default_value ? " DEFAULT " + default_expression(*column.default_value) : "";
}

std::string SqlRenderer::default_expression(const ir::Value& default_value) const {
  std::string text = value(default_value, *this);
  // SQLite accepts a function call as a default only in parentheses.
  return default_value.kind == ir::Value::Kind::Now ? "(" + text + ")" : text;
}

std::vector<std::unique_ptr<SqlRenderer>> all_renderers() {
  std::vector<std::unique_ptr<SqlRenderer>> renderers;
  renderers.push_back(make_postgres_renderer());
  renderers.push_back(make_sqlite_renderer());
  return renderers;
}

}  // namespace lys::emit::sql
