#include "compiler/emit/sql/table_model.h"

#include <algorithm>

#include "compiler/ir/naming.h"

namespace lys::emit::sql {

namespace {

template <typename T>
const T* find_named(const std::vector<T>& items, std::string T::*member, const std::string& key) {
  auto it =
      std::find_if(items.begin(), items.end(), [&](const T& item) { return item.*member == key; });
  return it == items.end() ? nullptr : &*it;
}

std::string column_of(const ir::Entity& entity, const std::string& field_name) {
  const ir::Field* field = entity.find_field(field_name);
  return field ? field->column : field_name;
}

// Check conditions name fields; the SQL names their columns.
ir::Expr with_columns(ir::Expr expr, const ir::Entity& entity) {
  if (expr.kind == ir::Expr::Kind::Field && expr.path.size() == 1) {
    expr.path[0] = column_of(entity, expr.path[0]);
  }
  for (ir::Expr& operand : expr.operands) operand = with_columns(std::move(operand), entity);
  return expr;
}

bool applied_by_database(const ir::Value& value) {
  switch (value.kind) {
    case ir::Value::Kind::Null:
    case ir::Value::Kind::CurrentUser:
    case ir::Value::Kind::CurrentOrg:
      return false;
    default:
      return true;
  }
}

Column column_of_field(const ir::Field& field) {
  Column column{field.column, field.type, field.nullable, std::nullopt, field.doc};
  if (field.type.kind == ir::Type::Kind::Reference) {
    column.type.kind = ir::Type::Kind::Scalar;
    column.type.target.clear();
    column.type.soft = false;
  }
  if (field.default_value && applied_by_database(*field.default_value)) {
    column.default_value = field.default_value;
  }
  return column;
}

}  // namespace

const Column* Table::find_column(const std::string& column_name) const {
  return find_named(columns, &Column::name, column_name);
}

const ForeignKey* Table::find_foreign_key_on(const std::string& column_name) const {
  return find_named(foreign_keys, &ForeignKey::column, column_name);
}

Table table_of(const ir::Schema& schema, const ir::Entity& entity) {
  Table table;
  table.name = entity.table;
  table.primary_key = ir::naming::primary_key_name(entity.table);
  table.doc = entity.doc;
  for (const ir::Field& field : entity.fields) {
    const Column& column = table.columns.emplace_back(column_of_field(field));
    if (field.type.kind == ir::Type::Kind::Reference && !field.type.soft) {
      const ir::Entity* target = schema.find_entity(field.type.target);
      table.foreign_keys.push_back({ir::naming::foreign_key_name(table.name, column.name),
                                    column.name, target ? target->table : field.type.target,
                                    field.on_delete});
    }
  }
  for (const ir::Check& check : entity.checks) {
    table.checks.push_back({check.name, with_columns(check.condition, entity)});
  }
  for (const ir::Index& index : entity.indexes) {
    Index& sql_index = table.indexes.emplace_back(Index{index.name, {}, index.unique});
    for (const std::string& field : index.fields) {
      sql_index.columns.push_back(column_of(entity, field));
    }
  }
  return table;
}

}  // namespace lys::emit::sql
