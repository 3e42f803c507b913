#include "compiler/emit/sql/table_model.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace lys::emit::sql {

namespace {

template <typename T>
const T* find_named(const std::vector<T>& items, std::string T::*member, const std::string& key) {
  auto it =
      std::find_if(items.begin(), items.end(), [&](const T& item) { return item.*member == key; });
  return it == items.end() ? nullptr : &*it;
}

// The brief's rule for names PostgreSQL would truncate: over 63 bytes, cut to 54 and
// append '_' and the 32-bit FNV-1a of the full name in hex.
std::string constraint_name(const std::string& full) {
  if (full.size() <= 63) return full;
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : full) {
    hash ^= c;
    hash *= 16777619u;
  }
  char hex[9];
  std::snprintf(hex, sizeof hex, "%08x", hash);
  return full.substr(0, 54) + "_" + hex;
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

ir::Expr column_reference(const Column& column) {
  ir::Expr expr;
  expr.kind = ir::Expr::Kind::Field;
  expr.type = column.type;
  expr.path = {column.name};
  return expr;
}

// `column IN ('A', 'B', …)` over an enum's values, in declaration order.
ir::Expr enum_values_condition(const Column& column, const ir::Enum& enumeration) {
  ir::Expr in;
  in.kind = ir::Expr::Kind::In;
  in.type.scalar = ir::ScalarType::Bool;
  in.operands.push_back(column_reference(column));
  for (const ir::EnumValue& value : enumeration.values) {
    ir::Expr literal;
    literal.kind = ir::Expr::Kind::Literal;
    literal.type = column.type;
    literal.value.kind = ir::Value::Kind::String;
    literal.value.text = value.name;
    in.operands.push_back(std::move(literal));
  }
  return in;
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

std::string enum_check_name(const std::string& table, const std::string& column) {
  return constraint_name("ck_" + table + "_" + column);
}

Table table_of(const ir::Schema& schema, const ir::Entity& entity) {
  Table table;
  table.name = entity.table;
  table.primary_key = constraint_name("pk_" + entity.table);
  table.doc = entity.doc;
  for (const ir::Field& field : entity.fields) {
    const Column& column = table.columns.emplace_back(column_of_field(field));
    if (field.type.kind == ir::Type::Kind::Enum) {
      if (const ir::Enum* enumeration = schema.find_enum(field.type.target)) {
        table.checks.push_back({enum_check_name(table.name, column.name),
                                enum_values_condition(column, *enumeration)});
      }
    }
    if (field.type.kind == ir::Type::Kind::Reference && !field.type.soft) {
      const ir::Entity* target = schema.find_entity(field.type.target);
      table.foreign_keys.push_back({constraint_name("fk_" + table.name + "_" + column.name),
                                    column.name, target ? target->table : field.type.target,
                                    field.on_delete});
    }
  }
  for (const ir::Check& check : entity.checks) {
    if (find_named(table.checks, &CheckConstraint::name, check.name)) continue;
    table.checks.push_back({check.name, with_columns(check.condition, entity)});
  }
  for (const ir::Index& index : entity.indexes) {
    Index& sql_index = table.indexes.emplace_back(Index{index.name, {}, index.unique});
    for (const std::string& field : index.fields)
      sql_index.columns.push_back(column_of(entity, field));
  }
  // Every foreign key column is indexed, unless the entity already declares that index.
  for (const ForeignKey& foreign_key : table.foreign_keys) {
    std::string name = constraint_name("ix_" + table.name + "_" + foreign_key.column);
    if (find_named(table.indexes, &Index::name, name)) continue;
    table.indexes.push_back({name, {foreign_key.column}, false});
  }
  return table;
}

}  // namespace lys::emit::sql
