// Values of correct type (§5.6.1), input object field names, uniqueness and required
// fields (§5.6.2-4), for literals in arguments and default values.
#include <cerrno>
#include <cstdlib>
#include <set>

#include "graphql/validation_context.h"

namespace lys::graphql {

namespace {

bool fits_int32(const std::string& text) {
  errno = 0;
  long long value = std::strtoll(text.c_str(), nullptr, 10);
  return errno == 0 && value >= -2147483648LL && value <= 2147483647LL;
}

}  // namespace

void ValueChecker::check(const ast::ValueNode& value, const ast::TypeRef& type,
                         bool position_has_default) {
  using Kind = ast::ValueNode::Kind;
  if (value.kind == Kind::Variable) {
    if (usages_ != nullptr) {
      usages_->push_back({value.text, &type, position_has_default, value.location});
    }
    return;
  }
  if (value.kind == Kind::Null) {
    if (type.non_null()) {
      context_.report("Expected value of type \"" + type_to_string(type) + "\", found null.",
                      {value.location});
    }
    return;
  }
  const ast::TypeRef& nullable = type.non_null() ? type.inner() : type;
  if (nullable.kind == ast::TypeRef::Kind::List) {
    if (value.kind == Kind::List) {
      for (const ast::ValueNode& item : value.list) check(item, nullable.inner(), false);
    } else {
      check(value, nullable.inner(), false);  // input coercion wraps a single value
    }
    return;
  }
  const NamedType* named = context_.schema().type(nullable.name);
  if (named == nullptr) return;  // an unknown variable type, reported where it is defined
  if (named->kind == TypeKind::InputObject) {
    check_object(value, *named);
  } else if (!check_leaf(value, *named)) {
    context_.report("Expected value of type \"" + type_to_string(type) + "\", found " +
                        print_value(value) + ".",
                    {value.location});
  }
}

bool ValueChecker::check_leaf(const ast::ValueNode& value, const NamedType& type) {
  using Kind = ast::ValueNode::Kind;
  if (type.kind == TypeKind::Enum) {
    if (value.kind != Kind::Enum) return false;
    if (type.enum_value(value.text) == nullptr) {
      std::vector<std::string> names;
      for (const EnumValue& candidate : type.enum_values) names.push_back(candidate.name);
      std::string hint = context_.suggest(value.text, names);
      if (!hint.empty()) hint.replace(0, 14, " Did you mean the enum value ");
      context_.report(
          "Value \"" + value.text + "\" does not exist in \"" + type.name + "\" enum." + hint,
          {value.location});
    }
    return true;
  }
  if (type.kind != TypeKind::Scalar) return false;
  const std::string& name = type.name;
  if (name == "Int") return value.kind == Kind::Int && fits_int32(value.text);
  if (name == "Float") return value.kind == Kind::Int || value.kind == Kind::Float;
  if (name == "String") return value.kind == Kind::String;
  if (name == "Boolean") return value.kind == Kind::Boolean;
  if (name == "ID") return value.kind == Kind::String || value.kind == Kind::Int;
  // Custom scalars take any literal; variables inside one still count as used.
  record_nested_variables(value);
  return true;
}

void ValueChecker::record_nested_variables(const ast::ValueNode& value) {
  if (usages_ == nullptr) return;
  if (value.kind == ast::ValueNode::Kind::Variable) {
    usages_->push_back({value.text, nullptr, false, value.location});
  }
  for (const ast::ValueNode& item : value.list) record_nested_variables(item);
  for (const ast::ObjectField& field : value.fields) record_nested_variables(field.value);
}

void ValueChecker::check_object(const ast::ValueNode& value, const NamedType& type) {
  if (value.kind != ast::ValueNode::Kind::Object) {
    context_.report(
        "Expected value of type \"" + type.name + "\", found " + print_value(value) + ".",
        {value.location});
    return;
  }
  std::set<std::string> seen;
  for (const ast::ObjectField& field : value.fields) {
    if (!seen.insert(field.name).second) {
      context_.report("There can be only one input field named \"" + field.name + "\".",
                      {field.location});
    }
    const InputValue* definition = type.input_field(field.name);
    if (definition == nullptr) {
      std::vector<std::string> names;
      for (const InputValue& candidate : type.input_fields) names.push_back(candidate.name);
      context_.report("Field \"" + field.name + "\" is not defined by type \"" + type.name + "\"." +
                          context_.suggest(field.name, names),
                      {field.location});
      continue;
    }
    check(field.value, definition->type, definition->default_value.has_value());
  }
  for (const InputValue& definition : type.input_fields) {
    if (definition.type.non_null() && !definition.default_value &&
        seen.count(definition.name) == 0) {
      context_.report("Field \"" + type.name + "." + definition.name + "\" of required type \"" +
                          type_to_string(definition.type) + "\" was not provided.",
                      {value.location});
    }
  }
}

}  // namespace lys::graphql
