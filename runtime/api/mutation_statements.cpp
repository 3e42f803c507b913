#include "api/mutation_statements.h"

#include <fmt/format.h>

#include <map>
#include <stdexcept>

#include "lys/access/permissions.h"

namespace lys::api {

namespace {

const std::string& key_column(const model::Entity& entity) {
  return entity.fields.front().column;
}

const std::string& implicit_column(const model::Entity& entity, model::Implicit implicit) {
  for (const model::Field& field : entity.fields) {
    if (field.implicit == implicit) return field.column;
  }
  throw std::invalid_argument(fmt::format("entity {} lacks an implicit field", entity.name));
}

std::string_view now_sql(db::Dialect dialect) {
  return dialect == db::Dialect::Postgres ? "now()" : "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
}

std::string placeholder(std::size_t number) {
  return fmt::format("${}", number);
}

// ", updated_at = now, version = version + 1"
std::string version_bump(const model::Entity& entity, db::Dialect dialect) {
  const std::string& version = implicit_column(entity, model::Implicit::Version);
  return fmt::format("{} = {}, {} = {} + 1", implicit_column(entity, model::Implicit::UpdatedAt),
                     now_sql(dialect), version, version);
}

std::string restricted(const RowRestriction& restriction, Statement& statement) {
  return restriction ? restriction(statement) : std::string();
}

}  // namespace

Statement insert_statement(const model::Entity& entity, InputRow row) {
  Statement statement;
  std::string columns;
  std::string values;
  for (ColumnValue& column : row) {
    if (!statement.params.empty()) {
      columns += ", ";
      values += ", ";
    }
    columns += column.column;
    statement.params.push_back(std::move(column.value));
    values += placeholder(statement.params.size());
  }
  statement.sql = fmt::format("INSERT INTO {} ({}) VALUES ({}) RETURNING {}", entity.table, columns,
                              values, key_column(entity));
  return statement;
}

Statement update_statement(const model::Entity& entity, db::Dialect dialect, UpdateRow update,
                           const RowRestriction& restriction) {
  Statement statement;
  std::string assignments;
  for (ColumnValue& column : update.changes) {
    statement.params.push_back(std::move(column.value));
    assignments += fmt::format("{} = {}, ", column.column, placeholder(statement.params.size()));
  }
  statement.params.emplace_back(std::move(update.id));
  statement.params.emplace_back(update.version);
  const std::size_t id = statement.params.size() - 1;
  std::string allowed = restricted(restriction, statement);
  statement.sql =
      fmt::format("UPDATE {} SET {}{} WHERE {} = {} AND {} = {}{} RETURNING {}", entity.table,
                  assignments, version_bump(entity, dialect), key_column(entity), placeholder(id),
                  implicit_column(entity, model::Implicit::Version), placeholder(id + 1), allowed,
                  key_column(entity));
  return statement;
}

Statement assignment_statement(const model::Entity& entity, db::Dialect dialect,
                               const model::NamedOperation& operation, std::string id,
                               const std::vector<db::Param>& arguments,
                               const RowRestriction& restriction) {
  Statement statement;
  statement.params.emplace_back(std::move(id));
  std::map<std::size_t, std::size_t> bound;
  std::string assignments;
  for (const model::Assignment& assignment : operation.assignments) {
    const model::Field& field = entity.fields[static_cast<std::size_t>(assignment.field)];
    const std::string& value_sql = assignment.value_sql[static_cast<std::size_t>(dialect)];
    auto argument = [&](std::size_t index) {
      if (index >= arguments.size()) throw std::invalid_argument("{arg:N} out of range");
      auto [it, inserted] = bound.try_emplace(index, statement.params.size() + 1);
      if (inserted) statement.params.push_back(arguments[index]);
      return placeholder(it->second);
    };
    assignments +=
        fmt::format("{} = {}, ", field.column,
                    access::expand_template(value_sql, {entity.table, nullptr, argument}));
  }
  std::string allowed = restricted(restriction, statement);
  statement.sql =
      fmt::format("UPDATE {} SET {}{} WHERE {} = $1{} RETURNING {}", entity.table, assignments,
                  version_bump(entity, dialect), key_column(entity), allowed, key_column(entity));
  return statement;
}

Statement delete_statement(const model::Entity& entity, std::string id,
                           const RowRestriction& restriction) {
  Statement statement;
  statement.params.emplace_back(std::move(id));
  std::string allowed = restricted(restriction, statement);
  statement.sql = fmt::format("DELETE FROM {} WHERE {} = $1{} RETURNING {}", entity.table,
                              key_column(entity), allowed, key_column(entity));
  return statement;
}

Statement current_version_statement(const model::Entity& entity, std::string id,
                                    const RowRestriction& restriction) {
  Statement statement;
  statement.params.emplace_back(std::move(id));
  std::string allowed = restricted(restriction, statement);
  statement.sql = fmt::format("SELECT {} FROM {} WHERE {} = $1{}",
                              implicit_column(entity, model::Implicit::Version), entity.table,
                              key_column(entity), allowed);
  return statement;
}

}  // namespace lys::api
