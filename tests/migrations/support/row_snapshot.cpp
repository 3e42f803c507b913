#include "support/row_snapshot.h"

namespace lys::migtest {
namespace {

// The entity of the previous schema `entity` continues, if any.
const ir::Entity* previous_entity(const ir::Schema& before, const ir::Entity& entity) {
  if (const ir::Entity* same = before.find_entity(entity.qualified)) return same;
  if (!entity.renamed_from) return nullptr;
  return before.find_entity(entity.app + "." + *entity.renamed_from);
}

const ir::Field* previous_field(const ir::Entity& before, const ir::Field& field) {
  if (const ir::Field* same = before.find_field(field.name)) return same;
  return field.renamed_from ? before.find_field(*field.renamed_from) : nullptr;
}

// How a database spells a field's default; booleans differ between dialects.
bool is_default(const ir::Field& field, const std::string& value) {
  if (!field.default_value) return false;
  const ir::Value& fallback = *field.default_value;
  switch (fallback.kind) {
    case ir::Value::Kind::Bool:
      return fallback.boolean ? (value == "1" || value == "t") : (value == "0" || value == "f");
    case ir::Value::Kind::Int:
    case ir::Value::Kind::Decimal:
    case ir::Value::Kind::String:
    case ir::Value::Kind::EnumValue:
      return value == fallback.text;
    default:
      return false;
  }
}

std::string show(const std::optional<std::string>& value) {
  return value ? "'" + *value + "'" : "NULL";
}

void compare_entity(const ir::Entity& old_entity, const TableRows& old_rows,
                    const ir::Entity& entity, const TableRows& rows, std::string& problems) {
  const std::string where = entity.table + " (was " + old_entity.table + ")";
  for (const auto& [id, old_values] : old_rows) {
    const auto found = rows.find(id);
    if (found == rows.end()) {
      problems += where + ": row " + id + " is gone\n";
      continue;
    }
    for (const ir::Field& field : entity.fields) {
      const ir::Field* old_field = previous_field(old_entity, field);
      if (old_field == nullptr) continue;  // a new column
      const std::optional<std::string>& was = old_values.at(old_field->column);
      const std::optional<std::string>& now = found->second.at(field.column);
      const bool filled_with_default = !was && now && !field.nullable && is_default(field, *now);
      if (was != now && !filled_with_default) {
        problems += where + ": row " + id + " column " + field.column + " was " + show(was) +
                    ", is " + show(now) + "\n";
      }
    }
  }
  for (const auto& [id, values] : rows) {
    if (!old_rows.contains(id)) problems += where + ": row " + id + " appeared\n";
  }
}

}  // namespace

RowSnapshot read_rows(Database& database, const ir::Schema& schema) {
  RowSnapshot snapshot;
  for (const ir::Entity& entity : schema.entities) {
    std::string columns;
    for (const ir::Field& field : entity.fields) {
      columns += (columns.empty() ? "" : ", ") + field.column;
    }
    TableRows& rows = snapshot[entity.qualified];
    for (const Row& row : database.query("SELECT " + columns + " FROM " + entity.table)) {
      RowValues values;
      for (size_t i = 0; i < entity.fields.size(); ++i) values[entity.fields[i].column] = row[i];
      rows[row[0].value_or("NULL")] = std::move(values);  // fields[0] is the id
    }
  }
  return snapshot;
}

std::string compare_rows(const ir::Schema& before_schema, const RowSnapshot& before,
                         const ir::Schema& after_schema, const RowSnapshot& after) {
  std::string problems;
  for (const ir::Entity& entity : after_schema.entities) {
    const ir::Entity* old_entity = previous_entity(before_schema, entity);
    if (old_entity == nullptr) continue;  // a new table
    compare_entity(*old_entity, before.at(old_entity->qualified), entity,
                   after.at(entity.qualified), problems);
  }
  return problems;
}

}  // namespace lys::migtest
