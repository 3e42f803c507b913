#include "graphql/coercion.h"

#include <cjson/cJSON.h>

#include <cmath>
#include <cstdlib>
#include <memory>

namespace lys::graphql {

namespace {

constexpr const char* kBadUserInput = "BAD_USER_INPUT";

std::string json_text(const cJSON* json) {
  std::unique_ptr<char, decltype(&cJSON_free)> printed(cJSON_PrintUnformatted(json), cJSON_free);
  return printed ? printed.get() : "?";
}

bool integral(double number) {
  return std::isfinite(number) && std::floor(number) == number;
}

Value make(Value::Kind kind) {
  Value value;
  value.kind = kind;
  return value;
}

// Coerces one variable's JSON value, collecting a message per invalid part.
class JsonCoercer {
 public:
  JsonCoercer(const Schema& schema, std::string variable)
      : schema_(schema), variable_(std::move(variable)) {}

  Value coerce(const cJSON* json, const ast::TypeRef& type, const std::string& path) {
    if (json == nullptr || cJSON_IsNull(json)) {
      if (type.non_null())
        fail(json, path,
             "Expected non-nullable type \"" + type_to_string(type) + "\" not to be null.");
      return {};
    }
    const ast::TypeRef& nullable = type.non_null() ? type.inner() : type;
    if (nullable.kind == ast::TypeRef::Kind::List) {
      Value list = make(Value::Kind::List);
      if (cJSON_IsArray(json)) {
        int index = 0;
        for (const cJSON* item = json->child; item != nullptr; item = item->next, ++index) {
          list.list.push_back(
              coerce(item, nullable.inner(), path + "[" + std::to_string(index) + "]"));
        }
      } else {
        list.list.push_back(coerce(json, nullable.inner(), path));
      }
      return list;
    }
    const NamedType* named = schema_.type(nullable.name);
    if (named == nullptr) return {};
    if (named->kind == TypeKind::InputObject) return object(json, *named, path);
    if (named->kind == TypeKind::Enum) return enumeration(json, *named, path);
    return scalar(json, *named, path);
  }

  std::vector<Error> take_errors() { return std::move(errors_); }

 private:
  // `member`: the member of the object at `path` the problem is about (missing or
  // unknown), which extensions.field then names.
  void fail(const cJSON* json, const std::string& path, const std::string& reason,
            const std::string& member = {}) {
    std::string message = "Variable \"$" + variable_ + "\" got invalid value " +
                          (json == nullptr ? std::string("null") : json_text(json));
    if (path != variable_) message += " at \"" + path + "\"";
    Error error{message + "; " + reason, kBadUserInput, {}, {}, {}};
    error.extensions.emplace_back("field", member.empty() ? path : path + "." + member);
    errors_.push_back(std::move(error));
  }

  Value object(const cJSON* json, const NamedType& type, const std::string& path) {
    if (!cJSON_IsObject(json)) {
      fail(json, path, "Expected type \"" + type.name + "\" to be an object.");
      return {};
    }
    Value result = make(Value::Kind::Object);
    for (const cJSON* item = json->child; item != nullptr; item = item->next) {
      const InputValue* field = type.input_field(item->string);
      if (field == nullptr) {
        fail(json, path,
             "Field \"" + std::string(item->string) + "\" is not defined by type \"" + type.name +
                 "\".",
             item->string);
        continue;
      }
      result.object.push_back({field->name, coerce(item, field->type, path + "." + field->name)});
    }
    for (const InputValue& field : type.input_fields) {
      if (cJSON_GetObjectItemCaseSensitive(json, field.name.c_str()) != nullptr) continue;
      if (field.default_value) {
        result.object.push_back({field.name, literal_default(*field.default_value, field.type)});
      } else if (field.type.non_null()) {
        fail(json, path,
             "Field \"" + field.name + "\" of required type \"" + type_to_string(field.type) +
                 "\" was not provided.",
             field.name);
      }
    }
    return result;
  }

  Value literal_default(const ast::ValueNode& literal, const ast::TypeRef& type);

  Value enumeration(const cJSON* json, const NamedType& type, const std::string& path) {
    if (!cJSON_IsString(json) || type.enum_value(json->valuestring) == nullptr) {
      fail(json, path, "Value is not a valid \"" + type.name + "\" enum value.");
      return {};
    }
    Value value = make(Value::Kind::Enum);
    value.text = json->valuestring;
    return value;
  }

  Value scalar(const cJSON* json, const NamedType& type, const std::string& path) {
    const std::string& name = type.name;
    if (name == "Int") {
      if (!cJSON_IsNumber(json) || !integral(json->valuedouble)) {
        fail(json, path, "Int cannot represent non-integer value: " + json_text(json));
      } else if (json->valuedouble < -2147483648.0 || json->valuedouble > 2147483647.0) {
        fail(json, path,
             "Int cannot represent non 32-bit signed integer value: " + json_text(json));
      } else {
        Value value = make(Value::Kind::Int);
        value.integer = static_cast<std::int64_t>(json->valuedouble);
        return value;
      }
      return {};
    }
    if (name == "Float") {
      if (!cJSON_IsNumber(json) || !std::isfinite(json->valuedouble)) {
        fail(json, path, "Float cannot represent non numeric value: " + json_text(json));
        return {};
      }
      Value value = make(Value::Kind::Float);
      value.number = json->valuedouble;
      return value;
    }
    if (name == "String" || name == "ID") {
      Value value = make(Value::Kind::String);
      if (cJSON_IsString(json)) {
        value.text = json->valuestring;
      } else if (name == "ID" && cJSON_IsNumber(json) && integral(json->valuedouble) &&
                 std::fabs(json->valuedouble) < 9.007199254740992e15) {
        value.text = std::to_string(static_cast<std::int64_t>(json->valuedouble));
      } else {
        fail(json, path, name + " cannot represent a non string value: " + json_text(json));
        return {};
      }
      return value;
    }
    if (name == "Boolean") {
      if (!cJSON_IsBool(json)) {
        fail(json, path, "Boolean cannot represent a non boolean value: " + json_text(json));
        return {};
      }
      Value value = make(Value::Kind::Bool);
      value.boolean = cJSON_IsTrue(json);
      return value;
    }
    return custom_scalar(json);
  }

  // Custom scalars take any JSON value, as graphql-js's default parseValue does.
  Value custom_scalar(const cJSON* json) {
    Value value;
    if (cJSON_IsString(json)) {
      value.kind = Value::Kind::String;
      value.text = json->valuestring;
    } else if (cJSON_IsBool(json)) {
      value.kind = Value::Kind::Bool;
      value.boolean = cJSON_IsTrue(json);
    } else if (cJSON_IsNumber(json)) {
      if (integral(json->valuedouble) && std::fabs(json->valuedouble) < 9.2e18) {
        value.kind = Value::Kind::Int;
        value.integer = static_cast<std::int64_t>(json->valuedouble);
      } else {
        value.kind = Value::Kind::Float;
      }
      value.number = json->valuedouble;
    } else if (cJSON_IsArray(json)) {
      value.kind = Value::Kind::List;
      for (const cJSON* item = json->child; item != nullptr; item = item->next) {
        value.list.push_back(custom_scalar(item));
      }
    } else if (cJSON_IsObject(json)) {
      value.kind = Value::Kind::Object;
      for (const cJSON* item = json->child; item != nullptr; item = item->next) {
        value.object.push_back({item->string, custom_scalar(item)});
      }
    }
    return value;
  }

  const Schema& schema_;
  std::string variable_;
  std::vector<Error> errors_;
};

// Spec ValueFromAST over a validated literal; variables come coerced already.
class LiteralCoercer {
 public:
  LiteralCoercer(const Schema& schema, const VariableValues& variables)
      : schema_(schema), variables_(variables) {}

  // nullopt: a variable that is absent (the caller applies defaults).
  std::optional<Value> coerce(const ast::ValueNode& literal, const ast::TypeRef& type) const {
    using Kind = ast::ValueNode::Kind;
    if (literal.kind == Kind::Variable) {
      auto found = variables_.find(literal.text);
      if (found == variables_.end()) return std::nullopt;
      return found->second;
    }
    if (literal.kind == Kind::Null) return Value{};
    const ast::TypeRef& nullable = type.non_null() ? type.inner() : type;
    if (nullable.kind == ast::TypeRef::Kind::List) {
      Value list = make(Value::Kind::List);
      if (literal.kind != Kind::List) {
        list.list.push_back(coerce(literal, nullable.inner()).value_or(Value{}));
        return list;
      }
      for (const ast::ValueNode& item : literal.list) {
        list.list.push_back(coerce(item, nullable.inner()).value_or(Value{}));
      }
      return list;
    }
    const NamedType* named = schema_.type(nullable.name);
    if (named != nullptr && named->kind == TypeKind::InputObject) return object(literal, *named);
    return leaf(literal, named);
  }

 private:
  Value object(const ast::ValueNode& literal, const NamedType& type) const {
    Value result = make(Value::Kind::Object);
    for (const ast::ObjectField& field : literal.fields) {
      const InputValue* definition = type.input_field(field.name);
      if (definition == nullptr) continue;
      if (std::optional<Value> value = coerce(field.value, definition->type)) {
        result.object.push_back({field.name, std::move(*value)});
      }
    }
    for (const InputValue& definition : type.input_fields) {
      if (result.field(definition.name) == nullptr && definition.default_value) {
        result.object.push_back(
            {definition.name,
             coerce(*definition.default_value, definition.type).value_or(Value{})});
      }
    }
    return result;
  }

  static Value leaf(const ast::ValueNode& literal, const NamedType* type) {
    using Kind = ast::ValueNode::Kind;
    Value value;
    bool is_float = type != nullptr && type->name == "Float";
    switch (literal.kind) {
      case Kind::Int:
        if (type != nullptr && type->name == "ID") {
          value.kind = Value::Kind::String;
          value.text = literal.text;
        } else if (is_float) {
          value.kind = Value::Kind::Float;
          value.number = std::strtod(literal.text.c_str(), nullptr);
        } else {
          value.kind = Value::Kind::Int;
          value.integer = std::strtoll(literal.text.c_str(), nullptr, 10);
          value.number = static_cast<double>(value.integer);
        }
        break;
      case Kind::Float:
        value.kind = Value::Kind::Float;
        value.number = std::strtod(literal.text.c_str(), nullptr);
        break;
      case Kind::String:
        value.kind = Value::Kind::String;
        value.text = literal.text;
        break;
      case Kind::Boolean:
        value.kind = Value::Kind::Bool;
        value.boolean = literal.boolean;
        break;
      case Kind::Enum:
        value.kind = Value::Kind::Enum;
        value.text = literal.text;
        break;
      case Kind::List:  // a custom scalar's structured literal
        value.kind = Value::Kind::List;
        for (const ast::ValueNode& item : literal.list) value.list.push_back(leaf(item, type));
        break;
      case Kind::Object:
        value.kind = Value::Kind::Object;
        for (const ast::ObjectField& field : literal.fields) {
          value.object.push_back({field.name, leaf(field.value, type)});
        }
        break;
      case Kind::Null:
      case Kind::Variable:
        break;
    }
    return value;
  }

  const Schema& schema_;
  const VariableValues& variables_;
};

Value JsonCoercer::literal_default(const ast::ValueNode& literal, const ast::TypeRef& type) {
  static const VariableValues kNoVariables;
  return LiteralCoercer(schema_, kNoVariables).coerce(literal, type).value_or(Value{});
}

}  // namespace

std::optional<VariableValues> coerce_variables(const Schema& schema,
                                               const ast::Operation& operation,
                                               const cJSON* variables, std::vector<Error>& errors) {
  VariableValues values;
  std::size_t errors_before = errors.size();
  for (const ast::VariableDefinition& definition : operation.variables) {
    const cJSON* given = variables == nullptr
                             ? nullptr
                             : cJSON_GetObjectItemCaseSensitive(variables, definition.name.c_str());
    if (given == nullptr) {
      if (definition.default_value) {
        values[definition.name] = LiteralCoercer(schema, values)
                                      .coerce(*definition.default_value, definition.type)
                                      .value_or(Value{});
      } else if (definition.type.non_null()) {
        Error error{"Variable \"$" + definition.name + "\" of required type \"" +
                        type_to_string(definition.type) + "\" was not provided.",
                    kBadUserInput,
                    {definition.location},
                    {},
                    {}};
        error.extensions.emplace_back("field", definition.name);
        errors.push_back(std::move(error));
      }
      continue;
    }
    if (cJSON_IsNull(given) && definition.type.non_null()) {
      Error error{"Variable \"$" + definition.name + "\" of non-null type \"" +
                      type_to_string(definition.type) + "\" must not be null.",
                  kBadUserInput,
                  {definition.location},
                  {},
                  {}};
      error.extensions.emplace_back("field", definition.name);
      errors.push_back(std::move(error));
      continue;
    }
    JsonCoercer coercer(schema, definition.name);
    Value value = coercer.coerce(given, definition.type, definition.name);
    std::vector<Error> found = coercer.take_errors();
    for (Error& error : found) {
      error.locations.push_back(definition.location);
      errors.push_back(std::move(error));
    }
    if (found.empty()) values[definition.name] = std::move(value);
  }
  if (errors.size() != errors_before) return std::nullopt;
  return values;
}

std::vector<Value::Field> coerce_arguments(const Schema& schema,
                                           const std::vector<InputValue>& definitions,
                                           const std::vector<ast::Argument>& arguments,
                                           const VariableValues& variables,
                                           const Location& location, std::vector<Error>& errors) {
  std::vector<Value::Field> result;
  LiteralCoercer coercer(schema, variables);
  for (const InputValue& definition : definitions) {
    const ast::Argument* given = nullptr;
    for (const ast::Argument& argument : arguments) {
      if (argument.name == definition.name) given = &argument;
    }
    std::optional<Value> value;
    if (given != nullptr) value = coercer.coerce(given->value, definition.type);
    if (!value && definition.default_value) {
      value = coercer.coerce(*definition.default_value, definition.type);
    }
    if (value && value->is_null() && definition.type.non_null()) {
      errors.push_back({"Argument \"" + definition.name + "\" of non-null type \"" +
                            type_to_string(definition.type) + "\" must not be null.",
                        kBadUserInput,
                        {location},
                        {},
                        {{"field", definition.name}}});
      continue;
    }
    if (!value && definition.type.non_null()) {
      errors.push_back({"Argument \"" + definition.name + "\" of required type \"" +
                            type_to_string(definition.type) + "\" was not provided.",
                        kBadUserInput,
                        {location},
                        {},
                        {{"field", definition.name}}});
      continue;
    }
    if (value) result.push_back({definition.name, std::move(*value)});
  }
  return result;
}

}  // namespace lys::graphql
