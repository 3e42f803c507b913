// Schema -> canonical JSON. Members equal to their default are left out, so the
// snapshot stays readable; the reader restores the same defaults.
#include "compiler/ir/json_writer.h"
#include "compiler/ir/snapshot.h"
#include "compiler/ir/snapshot_names.h"

namespace lys::ir {

namespace {

using snapshot_names::name_of;

void put_string(JsonWriter& out, const char* key, const std::string& value) {
  if (value.empty()) return;
  out.key(key);
  out.string(value);
}

void put_optional_string(JsonWriter& out, const char* key,
                         const std::optional<std::string>& value) {
  if (!value) return;
  out.key(key);
  out.string(*value);
}

void put_int(JsonWriter& out, const char* key, int value) {
  if (value == 0) return;
  out.key(key);
  out.number(value);
}

void put_bool(JsonWriter& out, const char* key, bool value) {
  if (!value) return;
  out.key(key);
  out.boolean(true);
}

template <typename E>
void put_enum(JsonWriter& out, const char* key, E value, E default_value) {
  if (value == default_value) return;
  out.key(key);
  out.string(name_of(value));
}

void put_strings(JsonWriter& out, const char* key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  out.key(key);
  out.begin_array();
  for (const std::string& value : values) out.string(value);
  out.end_array();
}

// Writes `item` as an object member, filled by `write(out, item)`.
template <typename T, typename Write>
void put_object(JsonWriter& out, const char* key, const T& item, Write write) {
  out.key(key);
  out.begin_object();
  write(out, item);
  out.end_object();
}

// Writes `items` as an array of objects, each filled by `write(out, item)`.
template <typename T, typename Write>
void put_array(JsonWriter& out, const char* key, const std::vector<T>& items, Write write) {
  if (items.empty()) return;
  out.key(key);
  out.begin_array();
  for (const T& item : items) {
    out.begin_object();
    write(out, item);
    out.end_object();
  }
  out.end_array();
}

void write_type(JsonWriter& out, const Type& type) {
  const Type defaults;
  put_enum(out, "kind", type.kind, defaults.kind);
  put_enum(out, "scalar", type.scalar, defaults.scalar);
  put_int(out, "length", type.length);
  put_int(out, "precision", type.precision);
  put_int(out, "scale", type.scale);
  put_string(out, "target", type.target);
  put_bool(out, "soft", type.soft);
}

void put_type(JsonWriter& out, const char* key, const Type& type) {
  put_object(out, key, type, write_type);
}

void write_value(JsonWriter& out, const Value& value) {
  put_enum(out, "kind", value.kind, Value{}.kind);
  put_bool(out, "boolean", value.boolean);
  put_string(out, "text", value.text);
  put_string(out, "target", value.target);
}

void put_optional_value(JsonWriter& out, const char* key, const std::optional<Value>& value) {
  if (value) put_object(out, key, *value, write_value);
}

void write_expr(JsonWriter& out, const Expr& expr) {
  const Expr defaults;
  put_enum(out, "kind", expr.kind, defaults.kind);
  put_type(out, "type", expr.type);
  put_bool(out, "nullable", expr.nullable);
  if (!(expr.value == defaults.value)) put_object(out, "value", expr.value, write_value);
  put_strings(out, "path", expr.path);
  put_string(out, "argument", expr.argument);
  put_enum(out, "unary_op", expr.unary_op, defaults.unary_op);
  put_enum(out, "binary_op", expr.binary_op, defaults.binary_op);
  put_bool(out, "negated", expr.negated);
  put_array(out, "operands", expr.operands, write_expr);
}

void put_optional_expr(JsonWriter& out, const char* key, const std::optional<Expr>& expr) {
  if (expr) put_object(out, key, *expr, write_expr);
}

void write_rule(JsonWriter& out, const Rule& rule) {
  put_enum(out, "operation", rule.operation, Rule{}.operation);
  put_array(out, "principals", rule.principals,
            [](JsonWriter& element, const Principal& principal) {
              put_enum(element, "kind", principal.kind, Principal{}.kind);
              put_string(element, "role", principal.role);
            });
  put_optional_expr(out, "condition", rule.condition);
}

void write_field(JsonWriter& out, const Field& field) {
  const Field defaults;
  put_string(out, "name", field.name);
  put_string(out, "column", field.column);
  put_string(out, "graphql_name", field.graphql_name);
  put_type(out, "type", field.type);
  put_bool(out, "nullable", field.nullable);
  put_optional_value(out, "default", field.default_value);
  put_enum(out, "on_delete", field.on_delete, defaults.on_delete);
  put_enum(out, "implicit", field.implicit, defaults.implicit);
  put_bool(out, "search", field.search);
  put_bool(out, "readonly", field.readonly);
  put_bool(out, "hidden", field.hidden);
  put_optional_string(out, "renamed_from", field.renamed_from);
  put_string(out, "doc", field.doc);
}

void write_entity(JsonWriter& out, const Entity& entity) {
  const Entity defaults;
  put_string(out, "app", entity.app);
  put_string(out, "name", entity.name);
  put_string(out, "qualified", entity.qualified);
  put_string(out, "table", entity.table);
  put_string(out, "graphql_name", entity.graphql_name);
  put_string(out, "graphql_plural", entity.graphql_plural);
  put_enum(out, "kind", entity.kind, defaults.kind);
  put_enum(out, "role", entity.role, defaults.role);
  put_array(out, "fields", entity.fields, write_field);
  put_array(out, "indexes", entity.indexes, [](JsonWriter& element, const Index& index) {
    put_string(element, "name", index.name);
    put_strings(element, "fields", index.fields);
    put_bool(element, "unique", index.unique);
  });
  put_array(out, "checks", entity.checks, [](JsonWriter& element, const Check& check) {
    put_string(element, "name", check.name);
    put_object(element, "condition", check.condition, write_expr);
  });
  put_optional_string(out, "tenant_field", entity.tenant_field);
  put_optional_string(out, "owner_field", entity.owner_field);
  put_array(out, "rules", entity.rules, write_rule);
  put_bool(out, "hidden", entity.hidden);
  put_optional_string(out, "renamed_from", entity.renamed_from);
  put_string(out, "doc", entity.doc);
}

void write_enum(JsonWriter& out, const Enum& enumeration) {
  put_string(out, "app", enumeration.app);
  put_string(out, "name", enumeration.name);
  put_string(out, "qualified", enumeration.qualified);
  put_string(out, "graphql_name", enumeration.graphql_name);
  put_array(out, "values", enumeration.values, [](JsonWriter& element, const EnumValue& value) {
    put_string(element, "name", value.name);
    put_string(element, "doc", value.doc);
  });
  put_string(out, "doc", enumeration.doc);
}

void write_fixture_set(JsonWriter& out, const FixtureSet& set) {
  put_string(out, "entity", set.entity);
  put_strings(out, "environments", set.environments);
  put_array(out, "records", set.records, [](JsonWriter& element, const FixtureRecord& record) {
    put_string(element, "key", record.key);
    // An array of [field, value] pairs keeps the record's field order.
    element.key("values");
    element.begin_array();
    for (const auto& [field, value] : record.values) {
      element.begin_object();
      put_string(element, "field", field);
      put_object(element, "value", value, write_value);
      element.end_object();
    }
    element.end_array();
  });
}

void write_operation(JsonWriter& out, const NamedOperation& operation) {
  const NamedOperation defaults;
  put_string(out, "app", operation.app);
  put_string(out, "name", operation.name);
  put_string(out, "graphql_name", operation.graphql_name);
  put_enum(out, "kind", operation.kind, defaults.kind);
  put_array(out, "parameters", operation.parameters,
            [](JsonWriter& element, const Parameter& parameter) {
              put_string(element, "name", parameter.name);
              put_string(element, "graphql_name", parameter.graphql_name);
              put_type(element, "type", parameter.type);
              put_bool(element, "nullable", parameter.nullable);
              put_optional_value(element, "default", parameter.default_value);
            });
  put_enum(out, "result_shape", operation.result_shape, defaults.result_shape);
  put_type(out, "result_type", operation.result_type);
  put_bool(out, "result_nullable", operation.result_nullable);
  put_bool(out, "extern", operation.is_extern);
  put_optional_expr(out, "condition", operation.condition);
  put_array(out, "order", operation.order, [](JsonWriter& element, const OrderTerm& term) {
    put_strings(element, "path", term.path);
    put_bool(element, "descending", term.descending);
  });
  put_string(out, "target_parameter", operation.target_parameter);
  put_array(out, "assignments", operation.assignments,
            [](JsonWriter& element, const Assignment& assignment) {
              put_string(element, "field", assignment.field);
              put_object(element, "value", assignment.value, write_expr);
            });
  put_bool(out, "deletes", operation.deletes);
  put_array(out, "rules", operation.rules, write_rule);
  put_string(out, "doc", operation.doc);
}

}  // namespace

std::string to_snapshot_json(const Schema& schema) {
  JsonWriter out;
  out.begin_object();
  out.key("format");
  out.number(kSnapshotFormat);
  put_array(out, "apps", schema.apps, [](JsonWriter& element, const App& app) {
    put_string(element, "name", app.name);
    put_strings(element, "uses", app.uses);
    put_string(element, "doc", app.doc);
  });
  put_array(out, "enums", schema.enums, write_enum);
  put_array(out, "entities", schema.entities, write_entity);
  put_array(out, "fixtures", schema.fixtures, write_fixture_set);
  put_array(out, "operations", schema.operations, write_operation);
  out.end_object();
  return out.take() + "\n";
}

}  // namespace lys::ir
