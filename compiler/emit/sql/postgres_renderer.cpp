// PostgreSQL: every change is an ALTER (DDL is transactional), docs are COMMENT ON,
// type changes cast with USING, reference cycles get their foreign keys afterwards.
#include <variant>

#include "compiler/emit/sql/overloaded.h"
#include "compiler/emit/sql/sql_renderer.h"

namespace lys::emit::sql {

namespace {

class PostgresRenderer final : public SqlRenderer {
 public:
  std::string dialect() const override { return "postgres"; }
  std::string boolean(bool value) const override { return value ? "true" : "false"; }
  std::string now() const override { return "now()"; }
  std::string ilike() const override { return "ILIKE"; }

 protected:
  std::string column_definition(const Column& column) const override {
    return identifier(column.name) + " " + column_type(column.type) +
           (column.nullable ? "" : " NOT NULL") + default_clause(column);
  }

  std::vector<std::string> statements(const SchemaChange& change) const override {
    return std::visit(
        Overloaded{
            [&](const CreateTable& c) { return create_table(c); },
            [&](const DropTable& c) -> std::vector<std::string> {
              return {"DROP TABLE " + identifier(c.table.name)};
            },
            [&](const AddDeferredForeignKeys& c) {
              std::vector<std::string> out;
              for (const ForeignKey& fk : c.foreign_keys)
                out.push_back(add_foreign_key(c.table, fk));
              return out;
            },
            [&](const DropDeferredForeignKeys& c) {
              std::vector<std::string> out;
              for (const ForeignKey& fk : c.foreign_keys)
                out.push_back(drop_constraint(c.table, fk.name));
              return out;
            },
            [&](const RenameTable& c) -> std::vector<std::string> {
              return {"ALTER TABLE " + identifier(c.from) + " RENAME TO " + identifier(c.to)};
            },
            [&](const AlterTable& c) {
              std::vector<std::string> out;
              for (const TableChange& table_change : c.changes) {
                append(out, alter(c.to.name, table_change));
              }
              return out;
            },
        },
        change);
  }

 private:
  static void append(std::vector<std::string>& out, std::vector<std::string> more) {
    out.insert(out.end(), more.begin(), more.end());
  }

  static std::string column_type(const ir::Type& type) {
    if (type.kind == ir::Type::Kind::Enum) return "text";
    switch (type.scalar) {
      case ir::ScalarType::Bool:
        return "boolean";
      case ir::ScalarType::Int:
        return "integer";
      case ir::ScalarType::BigInt:
        return "bigint";
      case ir::ScalarType::Float:
        return "double precision";
      case ir::ScalarType::Decimal:
        return "numeric(" + std::to_string(type.precision) + "," + std::to_string(type.scale) + ")";
      case ir::ScalarType::String:
        return "varchar(" + std::to_string(type.length) + ")";
      case ir::ScalarType::Text:
        return "text";
      case ir::ScalarType::Uuid:
        return "uuid";
      case ir::ScalarType::Date:
        return "date";
      case ir::ScalarType::DateTime:
        return "timestamptz";
      case ir::ScalarType::Json:
        return "jsonb";
      case ir::ScalarType::Bytes:
        return "bytea";
    }
    return "text";
  }

  static std::string comment_text(const std::string& doc) {
    return doc.empty() ? "NULL" : string_literal(doc);
  }

  static std::string table_comment(const std::string& table, const std::string& doc) {
    return "COMMENT ON TABLE " + identifier(table) + " IS " + comment_text(doc);
  }

  static std::string column_comment(const std::string& table, const Column& column) {
    return "COMMENT ON COLUMN " + identifier(table) + "." + identifier(column.name) + " IS " +
           comment_text(column.doc);
  }

  static std::string alter_table(const std::string& table, const std::string& action) {
    return "ALTER TABLE " + identifier(table) + " " + action;
  }

  static std::string drop_constraint(const std::string& table, const std::string& name) {
    return alter_table(table, "DROP CONSTRAINT " + identifier(name));
  }

  std::string add_foreign_key(const std::string& table, const ForeignKey& fk) const {
    return alter_table(table, "ADD " + foreign_key_clause(fk));
  }

  std::vector<std::string> create_table(const CreateTable& create) const {
    const Table& table = create.table;
    std::vector<std::string> out{create_table_statement(table, table.name, create.deferred)};
    if (!table.doc.empty()) out.push_back(table_comment(table.name, table.doc));
    for (const Column& column : table.columns) {
      if (!column.doc.empty()) out.push_back(column_comment(table.name, column));
    }
    for (const Index& index : table.indexes)
      out.push_back(create_index_statement(table.name, index));
    return out;
  }

  std::vector<std::string> alter(const std::string& table, const TableChange& change) const {
    return std::visit(Overloaded{
                          [&](const AddColumn& c) {
                            std::vector<std::string> out{
                                alter_table(table, "ADD COLUMN " + column_definition(c.column))};
                            if (!c.column.doc.empty())
                              out.push_back(column_comment(table, c.column));
                            return out;
                          },
                          [&](const DropColumn& c) -> std::vector<std::string> {
                            return {alter_table(table, "DROP COLUMN " + identifier(c.column.name))};
                          },
                          [&](const RenameColumn& c) -> std::vector<std::string> {
                            return {alter_table(table, "RENAME COLUMN " + identifier(c.from) +
                                                           " TO " + identifier(c.to))};
                          },
                          [&](const AlterColumn& c) { return alter_column(table, c.from, c.to); },
                          [&](const AddIndex& c) -> std::vector<std::string> {
                            return {create_index_statement(table, c.index)};
                          },
                          [&](const DropIndex& c) -> std::vector<std::string> {
                            return {"DROP INDEX " + identifier(c.index.name)};
                          },
                          [&](const AddCheck& c) -> std::vector<std::string> {
                            return {alter_table(table, "ADD " + check_clause(c.check))};
                          },
                          [&](const DropCheck& c) -> std::vector<std::string> {
                            return {drop_constraint(table, c.check.name)};
                          },
                          [&](const AddForeignKey& c) -> std::vector<std::string> {
                            return {add_foreign_key(table, c.foreign_key)};
                          },
                          [&](const DropForeignKey& c) -> std::vector<std::string> {
                            return {drop_constraint(table, c.foreign_key.name)};
                          },
                          [&](const RenamePrimaryKey& c) -> std::vector<std::string> {
                            return {alter_table(table, "RENAME CONSTRAINT " + identifier(c.from) +
                                                           " TO " + identifier(c.to))};
                          },
                          [&](const SetTableComment& c) -> std::vector<std::string> {
                            return {table_comment(table, c.to)};
                          },
                      },
                      change);
  }

  // Type, default, nullability and comment, each only when it changes. The old
  // default goes before a type change (it may not cast), the new one after.
  std::vector<std::string> alter_column(const std::string& table, const Column& from,
                                        const Column& to) const {
    std::vector<std::string> out;
    const std::string column = "ALTER COLUMN " + identifier(to.name) + " ";
    std::string from_type = column_type(from.type);
    std::string to_type = column_type(to.type);
    bool type_changes = from_type != to_type;
    bool default_changes = default_clause(from) != default_clause(to);
    if (from.default_value && (type_changes || default_changes)) {
      out.push_back(alter_table(table, column + "DROP DEFAULT"));
    }
    if (type_changes) {
      out.push_back(alter_table(
          table, column + "TYPE " + to_type + " USING " + identifier(to.name) + "::" + to_type));
    }
    if (to.default_value && (type_changes || default_changes)) {
      out.push_back(
          alter_table(table, column + "SET DEFAULT " + default_expression(*to.default_value)));
    }
    if (from.nullable && !to.nullable) {
      // Rows without a value take the new default; without one the ALTER fails
      // rather than inventing data (the differ asks for --allow-destructive).
      if (to.default_value) {
        out.push_back("UPDATE " + identifier(table) + " SET " + identifier(to.name) + " = " +
                      value(*to.default_value, *this) + " WHERE " + identifier(to.name) +
                      " IS NULL");
      }
      out.push_back(alter_table(table, column + "SET NOT NULL"));
    } else if (!from.nullable && to.nullable) {
      out.push_back(alter_table(table, column + "DROP NOT NULL"));
    }
    if (from.doc != to.doc) out.push_back(column_comment(table, to));
    return out;
  }
};

}  // namespace

std::unique_ptr<SqlRenderer> make_postgres_renderer() {
  return std::make_unique<PostgresRenderer>();
}

}  // namespace lys::emit::sql
