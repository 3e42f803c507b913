// Canonical JSON -> Schema. Absent members take their defaults (the writer leaves
// defaults out); anything present must have the right JSON type and a known enum
// spelling, and errors name the path to the offending member.
#include <cjson/cJSON.h>

#include <memory>

#include "compiler/ir/snapshot.h"
#include "compiler/ir/snapshot_names.h"

namespace lys::ir {

namespace {

// Reads one JSON object's members into IR values. The first error wins and is kept
// with the path of the object it was found in, e.g. "entities[1].fields[3]".
class Reader {
 public:
  Reader(const cJSON* object, std::string path, std::string& error)
      : object_(object), path_(std::move(path)), error_(error) {}

  bool ok() const { return error_.empty(); }

  void string(const char* key, std::string& out) {
    if (const cJSON* item = member(key, cJSON_String, "a string")) out = item->valuestring;
  }

  void optional_string(const char* key, std::optional<std::string>& out) {
    if (const cJSON* item = member(key, cJSON_String, "a string")) out = item->valuestring;
  }

  void integer(const char* key, int& out) {
    const cJSON* item = member(key, cJSON_Number, "a number");
    if (!item) return;
    if (item->valuedouble != static_cast<double>(item->valueint)) {
      fail(key, "must be an integer");
      return;
    }
    out = item->valueint;
  }

  void boolean(const char* key, bool& out) {
    if (const cJSON* item = member(key, cJSON_True | cJSON_False, "a boolean")) {
      out = cJSON_IsTrue(item);
    }
  }

  template <typename E>
  void enumeration(const char* key, E& out) {
    const cJSON* item = member(key, cJSON_String, "a string");
    if (!item) return;
    if (auto parsed = snapshot_names::parse<E>(item->valuestring)) {
      out = *parsed;
    } else {
      fail(key, std::string("has unknown value '") + item->valuestring + "'");
    }
  }

  void strings(const char* key, std::vector<std::string>& out) {
    each(key, [&](const cJSON* item, const std::string& item_path) {
      if (!cJSON_IsString(item)) {
        error_ = item_path + " must be a string";
        return;
      }
      out.emplace_back(item->valuestring);
    });
  }

  // Reads a nested object with `read(Reader&, T&)`.
  template <typename T, typename Read>
  void object(const char* key, T& out, Read read) {
    if (const cJSON* item = member(key, cJSON_Object, "an object")) {
      Reader nested(item, path_ + "." + key, error_);
      read(nested, out);
    }
  }

  template <typename T, typename Read>
  void optional_object(const char* key, std::optional<T>& out, Read read) {
    if (!cJSON_GetObjectItemCaseSensitive(object_, key)) return;
    out.emplace();
    object(key, *out, read);
  }

  // Reads an array of objects, each with `read(Reader&, T&)`.
  template <typename T, typename Read>
  void array(const char* key, std::vector<T>& out, Read read) {
    each(key, [&](const cJSON* item, const std::string& item_path) {
      if (!cJSON_IsObject(item)) {
        error_ = item_path + " must be an object";
        return;
      }
      Reader nested(item, item_path, error_);
      read(nested, out.emplace_back());
    });
  }

 private:
  const cJSON* member(const char* key, int type_mask, const char* expected) {
    if (!ok()) return nullptr;
    const cJSON* item = cJSON_GetObjectItemCaseSensitive(object_, key);
    if (!item) return nullptr;
    if ((item->type & type_mask) == 0) {
      fail(key, std::string("must be ") + expected);
      return nullptr;
    }
    return item;
  }

  template <typename Visit>
  void each(const char* key, Visit visit) {
    const cJSON* array = member(key, cJSON_Array, "an array");
    if (!array) return;
    int index = 0;
    for (const cJSON* item = array->child; item && ok(); item = item->next, ++index) {
      visit(item, path_ + "." + key + "[" + std::to_string(index) + "]");
    }
  }

  void fail(const char* key, const std::string& message) {
    if (ok()) error_ = path_ + "." + key + " " + message;
  }

  const cJSON* object_;
  std::string path_;
  std::string& error_;
};

void read_type(Reader& in, Type& type) {
  in.enumeration("kind", type.kind);
  in.enumeration("scalar", type.scalar);
  in.integer("length", type.length);
  in.integer("precision", type.precision);
  in.integer("scale", type.scale);
  in.string("target", type.target);
  in.boolean("soft", type.soft);
}

void read_value(Reader& in, Value& value) {
  in.enumeration("kind", value.kind);
  in.boolean("boolean", value.boolean);
  in.string("text", value.text);
  in.string("target", value.target);
}

void read_expr(Reader& in, Expr& expr) {
  in.enumeration("kind", expr.kind);
  in.object("type", expr.type, read_type);
  in.boolean("nullable", expr.nullable);
  in.object("value", expr.value, read_value);
  in.strings("path", expr.path);
  in.string("argument", expr.argument);
  in.enumeration("unary_op", expr.unary_op);
  in.enumeration("binary_op", expr.binary_op);
  in.boolean("negated", expr.negated);
  in.array("operands", expr.operands, read_expr);
}

void read_rule(Reader& in, Rule& rule) {
  in.enumeration("operation", rule.operation);
  in.array("principals", rule.principals, [](Reader& element, Principal& principal) {
    element.enumeration("kind", principal.kind);
    element.string("role", principal.role);
  });
  in.optional_object("condition", rule.condition, read_expr);
}

void read_field(Reader& in, Field& field) {
  in.string("name", field.name);
  in.string("column", field.column);
  in.string("graphql_name", field.graphql_name);
  in.object("type", field.type, read_type);
  in.boolean("nullable", field.nullable);
  in.optional_object("default", field.default_value, read_value);
  in.enumeration("on_delete", field.on_delete);
  in.enumeration("implicit", field.implicit);
  in.boolean("search", field.search);
  in.boolean("readonly", field.readonly);
  in.boolean("hidden", field.hidden);
  in.optional_string("renamed_from", field.renamed_from);
  in.string("doc", field.doc);
}

void read_entity(Reader& in, Entity& entity) {
  in.string("app", entity.app);
  in.string("name", entity.name);
  in.string("qualified", entity.qualified);
  in.string("table", entity.table);
  in.string("graphql_name", entity.graphql_name);
  in.string("graphql_plural", entity.graphql_plural);
  in.enumeration("kind", entity.kind);
  in.enumeration("role", entity.role);
  in.array("fields", entity.fields, read_field);
  in.array("indexes", entity.indexes, [](Reader& element, Index& index) {
    element.string("name", index.name);
    element.strings("fields", index.fields);
    element.boolean("unique", index.unique);
  });
  in.array("checks", entity.checks, [](Reader& element, Check& check) {
    element.string("name", check.name);
    element.object("condition", check.condition, read_expr);
  });
  in.optional_string("tenant_field", entity.tenant_field);
  in.optional_string("owner_field", entity.owner_field);
  in.array("rules", entity.rules, read_rule);
  in.boolean("hidden", entity.hidden);
  in.optional_string("renamed_from", entity.renamed_from);
  in.string("doc", entity.doc);
}

void read_enum(Reader& in, Enum& enumeration) {
  in.string("app", enumeration.app);
  in.string("name", enumeration.name);
  in.string("qualified", enumeration.qualified);
  in.string("graphql_name", enumeration.graphql_name);
  in.array("values", enumeration.values, [](Reader& element, EnumValue& value) {
    element.string("name", value.name);
    element.string("doc", value.doc);
  });
  in.string("doc", enumeration.doc);
}

void read_fixture_set(Reader& in, FixtureSet& set) {
  in.string("entity", set.entity);
  in.strings("environments", set.environments);
  in.array("records", set.records, [](Reader& element, FixtureRecord& record) {
    element.string("key", record.key);
    element.array("values", record.values,
                  [](Reader& pair, std::pair<std::string, Value>& field_value) {
                    pair.string("field", field_value.first);
                    pair.object("value", field_value.second, read_value);
                  });
  });
}

void read_operation(Reader& in, NamedOperation& operation) {
  in.string("app", operation.app);
  in.string("name", operation.name);
  in.string("graphql_name", operation.graphql_name);
  in.enumeration("kind", operation.kind);
  in.array("parameters", operation.parameters, [](Reader& element, Parameter& parameter) {
    element.string("name", parameter.name);
    element.string("graphql_name", parameter.graphql_name);
    element.object("type", parameter.type, read_type);
    element.boolean("nullable", parameter.nullable);
    element.optional_object("default", parameter.default_value, read_value);
  });
  in.enumeration("result_shape", operation.result_shape);
  in.object("result_type", operation.result_type, read_type);
  in.boolean("result_nullable", operation.result_nullable);
  in.boolean("extern", operation.is_extern);
  in.optional_object("condition", operation.condition, read_expr);
  in.array("order", operation.order, [](Reader& element, OrderTerm& term) {
    element.strings("path", term.path);
    element.boolean("descending", term.descending);
  });
  in.string("target_parameter", operation.target_parameter);
  in.array("assignments", operation.assignments, [](Reader& element, Assignment& assignment) {
    element.string("field", assignment.field);
    element.object("value", assignment.value, read_expr);
  });
  in.boolean("deletes", operation.deletes);
  in.array("rules", operation.rules, read_rule);
  in.string("doc", operation.doc);
}

}  // namespace

std::optional<Schema> from_snapshot_json(std::string_view json, std::string& error) {
  error.clear();
  std::unique_ptr<cJSON, decltype(&cJSON_Delete)> root(
      cJSON_ParseWithLength(json.data(), json.size()), cJSON_Delete);
  if (!root) {
    error = "not valid JSON";
    return std::nullopt;
  }
  if (!cJSON_IsObject(root.get())) {
    error = "the snapshot must be a JSON object";
    return std::nullopt;
  }
  const cJSON* format = cJSON_GetObjectItemCaseSensitive(root.get(), "format");
  if (!cJSON_IsNumber(format) || format->valuedouble != kSnapshotFormat) {
    error = "unsupported snapshot format (expected \"format\": " + std::to_string(kSnapshotFormat) +
            ")";
    return std::nullopt;
  }

  Schema schema;
  Reader in(root.get(), "snapshot", error);
  in.array("apps", schema.apps, [](Reader& element, App& app) {
    element.string("name", app.name);
    element.strings("uses", app.uses);
    element.string("doc", app.doc);
  });
  in.array("enums", schema.enums, read_enum);
  in.array("entities", schema.entities, read_entity);
  in.array("fixtures", schema.fixtures, read_fixture_set);
  in.array("operations", schema.operations, read_operation);
  if (!in.ok()) return std::nullopt;
  return schema;
}

}  // namespace lys::ir
