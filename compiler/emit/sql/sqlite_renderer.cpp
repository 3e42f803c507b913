// SQLite: ALTER TABLE only adds and renames columns, so any other change to a table
// rebuilds it the documented way (https://www.sqlite.org/lang_altertable.html,
// "otheralter"): create the target definition under a new name, copy the rows,
// drop the old table, rename the new one and recreate its indexes, with foreign keys
// off for the section. Docs are `--` comments above each CREATE TABLE.
#include <algorithm>
#include <map>
#include <variant>

#include "compiler/emit/sql/overloaded.h"
#include "compiler/emit/sql/sql_renderer.h"

namespace lys::emit::sql {

namespace {

std::vector<std::string> comment_lines(const std::string& prefix, const std::string& doc) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= doc.size()) {
    std::size_t end = std::min(doc.find('\n', start), doc.size());
    lines.push_back("-- " + (lines.empty() ? prefix : std::string(prefix.size(), ' ')) +
                    doc.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

class SqliteRenderer final : public SqlRenderer {
 public:
  std::string dialect() const override { return "sqlite"; }
  std::string boolean(bool value) const override { return value ? "1" : "0"; }
  std::string now() const override { return "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"; }
  std::string ilike() const override { return "LIKE"; }  // case-insensitive for ASCII

 protected:
  std::string column_definition(const Column& column) const override {
    std::string name = identifier(column.name);
    return name + " " + affinity(column.type) + (column.nullable ? "" : " NOT NULL") +
           default_clause(column) + type_check(column, name);
  }

  std::vector<std::string> directives(const std::vector<SchemaChange>& changes) const override {
    bool rebuilds = std::any_of(changes.begin(), changes.end(), [&](const SchemaChange& change) {
      const auto* alter = std::get_if<AlterTable>(&change);
      return alter && needs_rebuild(*alter);
    });
    if (!rebuilds) return {};
    return {"-- lys:foreign-keys off"};
  }

  std::vector<std::string> statements(const SchemaChange& change) const override {
    return std::visit(
        Overloaded{
            [&](const CreateTable& c) { return create_table(c.table); },
            [&](const DropTable& c) -> std::vector<std::string> {
              return {"DROP TABLE " + identifier(c.table.name)};
            },
            // SQLite accepts references to tables created later: nothing was deferred.
            [&](const AddDeferredForeignKeys&) { return std::vector<std::string>{}; },
            [&](const DropDeferredForeignKeys&) { return std::vector<std::string>{}; },
            [&](const RenameTable& c) -> std::vector<std::string> {
              return {"ALTER TABLE " + identifier(c.from) + " RENAME TO " + identifier(c.to)};
            },
            [&](const AlterTable& c) { return needs_rebuild(c) ? rebuild(c) : alter_in_place(c); },
        },
        change);
  }

 private:
  static std::string affinity(const ir::Type& type) {
    if (type.kind == ir::Type::Kind::Enum) return "TEXT";
    switch (type.scalar) {
      case ir::ScalarType::Bool:
      case ir::ScalarType::Int:
      case ir::ScalarType::BigInt:
        return "INTEGER";
      case ir::ScalarType::Float:
        return "REAL";
      case ir::ScalarType::Decimal:
        return "NUMERIC";
      case ir::ScalarType::Bytes:
        return "BLOB";
      default:
        return "TEXT";
    }
  }

  // What the dialect's type cannot say itself, checked on the column.
  static std::string type_check(const Column& column, const std::string& name) {
    const ir::Type& type = column.type;
    if (type.kind != ir::Type::Kind::Scalar) return "";
    switch (type.scalar) {
      case ir::ScalarType::Bool:
        return " CHECK (" + name + " IN (0, 1))";
      case ir::ScalarType::String:
        return " CHECK (length(" + name + ") <= " + std::to_string(type.length) + ")";
      // json_valid(NULL) is 0, not NULL: a nullable column must let NULL through.
      case ir::ScalarType::Json:
        return column.nullable ? " CHECK (" + name + " IS NULL OR json_valid(" + name + "))"
                               : " CHECK (json_valid(" + name + "))";
      default:
        return "";
    }
  }

  // The column as it is before `to` (under its new name): does its definition change?
  bool definition_changes(const Column& from, const Column& to) const {
    Column renamed = from;
    renamed.name = to.name;
    return column_definition(renamed) != column_definition(to);
  }

  // ALTER TABLE ADD COLUMN takes a column that existing rows can get without a
  // rebuild: nullable or with a constant default.
  static bool addable(const Column& column) {
    if (column.default_value) return column.default_value->kind != ir::Value::Kind::Now;
    return column.nullable;
  }

  bool needs_rebuild(const AlterTable& alter) const {
    return std::any_of(alter.changes.begin(), alter.changes.end(), [&](const TableChange& change) {
      return std::visit(Overloaded{
                            [](const AddColumn& c) { return !addable(c.column); },
                            [&](const AlterColumn& c) { return definition_changes(c.from, c.to); },
                            [](const RenameColumn&) { return false; },
                            [](const AddIndex&) { return false; },
                            [](const DropIndex&) { return false; },
                            [](const SetTableComment&) { return false; },
                            [](const auto&) { return true; },
                        },
                        change);
    });
  }

  std::vector<std::string> create_table(const Table& table) const {
    std::vector<std::string> comments;
    if (!table.doc.empty()) comments = comment_lines("", table.doc);
    for (const Column& column : table.columns) {
      if (column.doc.empty()) continue;
      for (std::string& line : comment_lines(column.name + ": ", column.doc)) {
        comments.push_back(std::move(line));
      }
    }
    std::string statement;
    for (const std::string& line : comments) statement += line + "\n";
    std::vector<std::string> out{statement + create_table_statement(table, table.name, {})};
    for (const Index& index : table.indexes)
      out.push_back(create_index_statement(table.name, index));
    return out;
  }

  std::vector<std::string> alter_in_place(const AlterTable& alter) const {
    const std::string table = identifier(alter.to.name);
    std::vector<std::string> out;
    for (const TableChange& change : alter.changes) {
      if (const auto* add = std::get_if<AddColumn>(&change)) {
        out.push_back("ALTER TABLE " + table + " ADD COLUMN " + column_definition(add->column));
      } else if (const auto* rename = std::get_if<RenameColumn>(&change)) {
        out.push_back("ALTER TABLE " + table + " RENAME COLUMN " + identifier(rename->from) +
                      " TO " + identifier(rename->to));
      } else if (const auto* add_index = std::get_if<AddIndex>(&change)) {
        out.push_back(create_index_statement(alter.to.name, add_index->index));
      } else if (const auto* drop_index = std::get_if<DropIndex>(&change)) {
        out.push_back("DROP INDEX " + identifier(drop_index->index.name));
      }
    }
    return out;
  }

  // The value a kept column copies into the rebuilt table: converted when its
  // definition changes, and a null filled with the default of a column that becomes
  // NOT NULL.
  std::string copied_value(const Column& from, const Column& to) const {
    std::string source = identifier(from.name);
    if (!definition_changes(from, to)) return source;
    std::string converted = source;
    if (affinity(from.type) != affinity(to.type) || to.type.scalar == ir::ScalarType::String) {
      converted = to.type.kind == ir::Type::Kind::Scalar && to.type.scalar == ir::ScalarType::String
                      ? "substr(" + source + ", 1, " + std::to_string(to.type.length) + ")"
                      : "CAST(" + source + " AS " + affinity(to.type) + ")";
    }
    if (from.nullable && !to.nullable && to.default_value) {
      converted = "coalesce(" + converted + ", " + value(*to.default_value, *this) + ")";
    }
    return converted;
  }

  std::vector<std::string> rebuild(const AlterTable& alter) const {
    const std::string& name = alter.to.name;
    const std::string staging = name + "__new";
    std::map<std::string, std::string> source_of;  // target column -> column in `from`
    for (const Column& column : alter.from.columns) source_of[column.name] = column.name;
    for (const TableChange& change : alter.changes) {
      if (const auto* rename = std::get_if<RenameColumn>(&change)) {
        source_of.erase(rename->from);
        source_of[rename->to] = rename->from;
      }
    }
    std::vector<std::string> targets;
    std::vector<std::string> values;
    for (const Column& column : alter.to.columns) {
      auto source = source_of.find(column.name);
      if (source == source_of.end()) continue;  // a new column: its default fills it
      const Column* from = alter.from.find_column(source->second);
      if (!from) continue;
      targets.push_back(column.name);
      values.push_back(copied_value(*from, column));
    }

    std::vector<std::string> out{create_table_statement(alter.to, staging, {})};
    if (!targets.empty()) {
      std::string value_list;
      for (const std::string& v : values) value_list += (value_list.empty() ? "" : ", ") + v;
      out.push_back("INSERT INTO " + identifier(staging) + " (" + identifier_list(targets) +
                    ")\n  SELECT " + value_list + " FROM " + identifier(name));
    }
    out.push_back("DROP TABLE " + identifier(name));
    out.push_back("ALTER TABLE " + identifier(staging) + " RENAME TO " + identifier(name));
    for (const Index& index : alter.to.indexes) out.push_back(create_index_statement(name, index));
    return out;
  }
};

}  // namespace

std::unique_ptr<SqlRenderer> make_sqlite_renderer() {
  return std::make_unique<SqliteRenderer>();
}

}  // namespace lys::emit::sql
