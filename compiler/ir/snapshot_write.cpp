// Schema -> canonical JSON. Members equal to their default are left out, so the
// snapshot stays readable; the reader restores the same defaults.
#include <cjson/cJSON.h>

#include <memory>

#include "compiler/ir/snapshot.h"
#include "compiler/ir/snapshot_names.h"

namespace lys::ir {

namespace {

using snapshot_names::name_of;

void put_string(cJSON* object, const char* key, const std::string& value) {
  if (!value.empty()) cJSON_AddStringToObject(object, key, value.c_str());
}

void put_optional_string(cJSON* object, const char* key, const std::optional<std::string>& value) {
  if (value) cJSON_AddStringToObject(object, key, value->c_str());
}

void put_int(cJSON* object, const char* key, int value) {
  if (value != 0) cJSON_AddNumberToObject(object, key, value);
}

void put_bool(cJSON* object, const char* key, bool value) {
  if (value) cJSON_AddBoolToObject(object, key, true);
}

template <typename E>
void put_enum(cJSON* object, const char* key, E value, E default_value) {
  if (value != default_value) {
    cJSON_AddStringToObject(object, key, std::string(name_of(value)).c_str());
  }
}

void put_strings(cJSON* object, const char* key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  cJSON* array = cJSON_AddArrayToObject(object, key);
  for (const std::string& value : values)
    cJSON_AddItemToArray(array, cJSON_CreateString(value.c_str()));
}

// Writes `items` as an array of objects, each filled by `write(object, item)`.
template <typename T, typename Write>
void put_array(cJSON* object, const char* key, const std::vector<T>& items, Write write) {
  if (items.empty()) return;
  cJSON* array = cJSON_AddArrayToObject(object, key);
  for (const T& item : items) {
    cJSON* element = cJSON_CreateObject();
    write(element, item);
    cJSON_AddItemToArray(array, element);
  }
}

void write_type(cJSON* object, const Type& type) {
  const Type defaults;
  put_enum(object, "kind", type.kind, defaults.kind);
  put_enum(object, "scalar", type.scalar, defaults.scalar);
  put_int(object, "length", type.length);
  put_int(object, "precision", type.precision);
  put_int(object, "scale", type.scale);
  put_string(object, "target", type.target);
  put_bool(object, "soft", type.soft);
}

void put_type(cJSON* object, const char* key, const Type& type) {
  write_type(cJSON_AddObjectToObject(object, key), type);
}

void write_value(cJSON* object, const Value& value) {
  put_enum(object, "kind", value.kind, Value{}.kind);
  put_bool(object, "boolean", value.boolean);
  put_string(object, "text", value.text);
  put_string(object, "target", value.target);
}

void put_optional_value(cJSON* object, const char* key, const std::optional<Value>& value) {
  if (value) write_value(cJSON_AddObjectToObject(object, key), *value);
}

void write_expr(cJSON* object, const Expr& expr) {
  const Expr defaults;
  put_enum(object, "kind", expr.kind, defaults.kind);
  put_type(object, "type", expr.type);
  put_bool(object, "nullable", expr.nullable);
  if (!(expr.value == defaults.value))
    write_value(cJSON_AddObjectToObject(object, "value"), expr.value);
  put_strings(object, "path", expr.path);
  put_string(object, "argument", expr.argument);
  put_enum(object, "unary_op", expr.unary_op, defaults.unary_op);
  put_enum(object, "binary_op", expr.binary_op, defaults.binary_op);
  put_bool(object, "negated", expr.negated);
  put_array(object, "operands", expr.operands, write_expr);
}

void put_optional_expr(cJSON* object, const char* key, const std::optional<Expr>& expr) {
  if (expr) write_expr(cJSON_AddObjectToObject(object, key), *expr);
}

void write_rule(cJSON* object, const Rule& rule) {
  put_enum(object, "operation", rule.operation, Rule{}.operation);
  put_array(object, "principals", rule.principals, [](cJSON* element, const Principal& principal) {
    put_enum(element, "kind", principal.kind, Principal{}.kind);
    put_string(element, "role", principal.role);
  });
  put_optional_expr(object, "condition", rule.condition);
}

void write_field(cJSON* object, const Field& field) {
  const Field defaults;
  put_string(object, "name", field.name);
  put_string(object, "column", field.column);
  put_string(object, "graphql_name", field.graphql_name);
  put_type(object, "type", field.type);
  put_bool(object, "nullable", field.nullable);
  put_optional_value(object, "default", field.default_value);
  put_enum(object, "on_delete", field.on_delete, defaults.on_delete);
  put_enum(object, "implicit", field.implicit, defaults.implicit);
  put_bool(object, "search", field.search);
  put_bool(object, "readonly", field.readonly);
  put_bool(object, "hidden", field.hidden);
  put_optional_string(object, "renamed_from", field.renamed_from);
  put_string(object, "doc", field.doc);
}

void write_entity(cJSON* object, const Entity& entity) {
  const Entity defaults;
  put_string(object, "app", entity.app);
  put_string(object, "name", entity.name);
  put_string(object, "qualified", entity.qualified);
  put_string(object, "table", entity.table);
  put_string(object, "graphql_name", entity.graphql_name);
  put_string(object, "graphql_plural", entity.graphql_plural);
  put_enum(object, "kind", entity.kind, defaults.kind);
  put_enum(object, "role", entity.role, defaults.role);
  put_array(object, "fields", entity.fields, write_field);
  put_array(object, "indexes", entity.indexes, [](cJSON* element, const Index& index) {
    put_string(element, "name", index.name);
    put_strings(element, "fields", index.fields);
    put_bool(element, "unique", index.unique);
  });
  put_array(object, "checks", entity.checks, [](cJSON* element, const Check& check) {
    put_string(element, "name", check.name);
    write_expr(cJSON_AddObjectToObject(element, "condition"), check.condition);
  });
  put_optional_string(object, "tenant_field", entity.tenant_field);
  put_optional_string(object, "owner_field", entity.owner_field);
  put_array(object, "rules", entity.rules, write_rule);
  put_bool(object, "hidden", entity.hidden);
  put_optional_string(object, "renamed_from", entity.renamed_from);
  put_string(object, "doc", entity.doc);
}

void write_enum(cJSON* object, const Enum& enumeration) {
  put_string(object, "app", enumeration.app);
  put_string(object, "name", enumeration.name);
  put_string(object, "qualified", enumeration.qualified);
  put_string(object, "graphql_name", enumeration.graphql_name);
  put_array(object, "values", enumeration.values, [](cJSON* element, const EnumValue& value) {
    put_string(element, "name", value.name);
    put_string(element, "doc", value.doc);
  });
  put_string(object, "doc", enumeration.doc);
}

void write_fixture_set(cJSON* object, const FixtureSet& set) {
  put_string(object, "entity", set.entity);
  put_strings(object, "environments", set.environments);
  put_array(object, "records", set.records, [](cJSON* element, const FixtureRecord& record) {
    put_string(element, "key", record.key);
    // An array of [field, value] pairs keeps the record's field order.
    cJSON* values = cJSON_AddArrayToObject(element, "values");
    for (const auto& [field, value] : record.values) {
      cJSON* pair = cJSON_CreateObject();
      put_string(pair, "field", field);
      write_value(cJSON_AddObjectToObject(pair, "value"), value);
      cJSON_AddItemToArray(values, pair);
    }
  });
}

void write_operation(cJSON* object, const NamedOperation& operation) {
  const NamedOperation defaults;
  put_string(object, "app", operation.app);
  put_string(object, "name", operation.name);
  put_string(object, "graphql_name", operation.graphql_name);
  put_enum(object, "kind", operation.kind, defaults.kind);
  put_array(object, "parameters", operation.parameters,
            [](cJSON* element, const Parameter& parameter) {
              put_string(element, "name", parameter.name);
              put_string(element, "graphql_name", parameter.graphql_name);
              put_type(element, "type", parameter.type);
              put_bool(element, "nullable", parameter.nullable);
              put_optional_value(element, "default", parameter.default_value);
            });
  put_enum(object, "result_shape", operation.result_shape, defaults.result_shape);
  put_type(object, "result_type", operation.result_type);
  put_bool(object, "result_nullable", operation.result_nullable);
  put_bool(object, "extern", operation.is_extern);
  put_optional_expr(object, "condition", operation.condition);
  put_array(object, "order", operation.order, [](cJSON* element, const OrderTerm& term) {
    put_strings(element, "path", term.path);
    put_bool(element, "descending", term.descending);
  });
  put_string(object, "target_parameter", operation.target_parameter);
  put_array(object, "assignments", operation.assignments,
            [](cJSON* element, const Assignment& assignment) {
              put_string(element, "field", assignment.field);
              write_expr(cJSON_AddObjectToObject(element, "value"), assignment.value);
            });
  put_bool(object, "deletes", operation.deletes);
  put_array(object, "rules", operation.rules, write_rule);
  put_string(object, "doc", operation.doc);
}

// cJSON indents with tabs and separates keys from values with a tab; strings never
// contain a raw tab (cJSON escapes it), so every tab is layout.
std::string with_spaces(const char* printed) {
  std::string out;
  bool line_start = true;
  for (const char* c = printed; *c != '\0'; ++c) {
    if (*c == '\t') {
      out += line_start ? "  " : " ";
      continue;
    }
    line_start = *c == '\n';
    out += *c;
  }
  return out;
}

}  // namespace

std::string to_snapshot_json(const Schema& schema) {
  std::unique_ptr<cJSON, decltype(&cJSON_Delete)> root(cJSON_CreateObject(), cJSON_Delete);
  cJSON_AddNumberToObject(root.get(), "format", kSnapshotFormat);
  put_array(root.get(), "apps", schema.apps, [](cJSON* element, const App& app) {
    put_string(element, "name", app.name);
    put_strings(element, "uses", app.uses);
    put_string(element, "doc", app.doc);
  });
  put_array(root.get(), "enums", schema.enums, write_enum);
  put_array(root.get(), "entities", schema.entities, write_entity);
  put_array(root.get(), "fixtures", schema.fixtures, write_fixture_set);
  put_array(root.get(), "operations", schema.operations, write_operation);

  std::unique_ptr<char, decltype(&cJSON_free)> printed(cJSON_Print(root.get()), cJSON_free);
  return with_spaces(printed.get()) + "\n";
}

}  // namespace lys::ir
