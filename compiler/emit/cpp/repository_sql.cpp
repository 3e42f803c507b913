#include "compiler/emit/cpp/repository_sql.h"

#include "compiler/emit/sql/sql_text.h"

namespace lys::emit::cpp {

namespace {

using sql::identifier;

bool is_scalar(const ir::Field& field, ir::ScalarType scalar) {
  return field.type.kind == ir::Type::Kind::Scalar && field.type.scalar == scalar;
}

class SqliteDialect final : public RepositoryDialect {
 public:
  std::string name() const override { return "Sqlite"; }
  std::string read(const ir::Field& field) const override {
    std::string column = identifier(field.column);
    // printf and hex turn NULL into text; keep it NULL.
    auto keep_null = [&](const std::string& expression) {
      if (!field.nullable) return expression;
      return "CASE WHEN " + column + " IS NULL THEN NULL ELSE " + expression + " END";
    };
    if (is_scalar(field, ir::ScalarType::Decimal)) {
      return keep_null("printf('%." + std::to_string(field.type.scale) + "f', " + column + ")");
    }
    if (is_scalar(field, ir::ScalarType::Bytes)) return keep_null("hex(" + column + ")");
    return column;  // datetimes are stored in their RFC 3339 form already
  }
  std::string now() const override { return "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"; }
};

class PostgresDialect final : public RepositoryDialect {
 public:
  std::string name() const override { return "Postgres"; }
  std::string read(const ir::Field& field) const override {
    std::string column = identifier(field.column);
    if (is_scalar(field, ir::ScalarType::DateTime)) {
      return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    }
    if (is_scalar(field, ir::ScalarType::Bytes)) return "encode(" + column + ", 'hex')";
    return column;  // numeric keeps its scale
  }
  std::string now() const override { return "now()"; }
};

std::string join(const std::vector<std::string>& items) {
  std::string text;
  for (const std::string& item : items) text += (text.empty() ? "" : ", ") + item;
  return text;
}

std::string placeholders(std::size_t count) {
  std::vector<std::string> items;
  for (std::size_t i = 1; i <= count; ++i) items.push_back("$" + std::to_string(i));
  return join(items);
}

const ir::Field* implicit_field(const ir::Entity& entity, ir::ImplicitField implicit) {
  for (const ir::Field& field : entity.fields) {
    if (field.implicit == implicit) return &field;
  }
  return nullptr;
}

// `updated_at = <now>, version = <table>.version + 1`: what every write of an existing
// row bumps.
std::string bumps(const ir::Entity& entity, const RepositoryDialect& dialect) {
  std::vector<std::string> items;
  if (const ir::Field* updated_at = implicit_field(entity, ir::ImplicitField::UpdatedAt)) {
    items.push_back(identifier(updated_at->column) + " = " + dialect.now());
  }
  if (const ir::Field* version = implicit_field(entity, ir::ImplicitField::Version)) {
    std::string column = identifier(version->column);
    items.push_back(column + " = " + identifier(entity.table) + "." + column + " + 1");
  }
  return join(items);
}

}  // namespace

std::vector<std::unique_ptr<RepositoryDialect>> repository_dialects() {
  std::vector<std::unique_ptr<RepositoryDialect>> dialects;
  dialects.push_back(std::make_unique<SqliteDialect>());
  dialects.push_back(std::make_unique<PostgresDialect>());
  return dialects;
}

std::vector<const ir::Field*> written_fields(const ir::Entity& entity) {
  std::vector<const ir::Field*> fields;
  for (const ir::Field& field : entity.fields) {
    switch (field.implicit) {
      case ir::ImplicitField::CreatedAt:
      case ir::ImplicitField::UpdatedAt:
      case ir::ImplicitField::Version:
        break;
      default:
        fields.push_back(&field);
    }
  }
  return fields;
}

RepositorySql repository_sql(const ir::Entity& entity, const RepositoryDialect& dialect) {
  std::string table = identifier(entity.table);
  std::vector<std::string> read;
  for (const ir::Field& field : entity.fields) read.push_back(dialect.read(field));
  // '\n' starts a clause on a new line of the generated constant (see wrapped_literal).
  std::string returning = "\nRETURNING " + join(read);

  std::vector<const ir::Field*> written = written_fields(entity);
  std::vector<std::string> columns;
  std::vector<std::string> assignments;
  std::vector<std::string> from_excluded;
  for (std::size_t i = 0; i < written.size(); ++i) {
    std::string column = identifier(written[i]->column);
    columns.push_back(column);
    if (i == 0) continue;  // the id identifies the row
    assignments.push_back(column + " = $" + std::to_string(i + 1));
    from_excluded.push_back(column + " = excluded." + column);
  }
  std::string bump = bumps(entity, dialect);
  if (!bump.empty()) {
    assignments.push_back(bump);
    from_excluded.push_back(bump);
  }
  std::string id = identifier(entity.fields.front().column);
  const ir::Field* version = implicit_field(entity, ir::ImplicitField::Version);
  std::string version_column = identifier(version ? version->column : "version");
  std::string insert = "INSERT INTO " + table + " (" + join(columns) + ")\nVALUES (" +
                       placeholders(columns.size()) + ")";

  RepositorySql sql;
  sql.select = "SELECT " + join(read) + "\nFROM " + table;
  sql.find_by_id = sql.select + "\nWHERE " + id + " = $1";
  sql.insert = insert + returning;
  sql.update = "UPDATE " + table + "\nSET " + join(assignments) + "\nWHERE " + id + " = $1 AND " +
               version_column + " = $" + std::to_string(columns.size() + 1) + returning;
  sql.upsert =
      insert + "\nON CONFLICT (" + id + ") DO UPDATE SET " + join(from_excluded) + returning;
  sql.remove = "DELETE FROM " + table + " WHERE " + id + " = $1 RETURNING " + id;
  sql.version = "SELECT " + version_column + " FROM " + table + " WHERE " + id + " = $1";
  return sql;
}

}  // namespace lys::emit::cpp
