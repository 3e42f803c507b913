#include "graphql/schema_checks.h"

#include <set>
#include <stdexcept>
#include <string>

namespace lys::graphql {

namespace {

[[noreturn]] void invalid(const std::string& message) {
  throw std::invalid_argument(message);
}

template <typename Items>
void check_unique_names(const Items& items, const std::string& what) {
  std::set<std::string, std::less<>> seen;
  for (const auto& item : items) {
    if (!seen.insert(item.name).second) invalid(what + " defines '" + item.name + "' twice");
  }
}

class SchemaChecker {
 public:
  explicit SchemaChecker(const Schema& schema) : schema_(schema) {}

  void run() {
    for (const NamedType* type : schema_.types()) {
      if (type->built_in) continue;
      switch (type->kind) {
        case TypeKind::Scalar:
          break;
        case TypeKind::Object:
        case TypeKind::Interface:
          check_fields(*type);
          break;
        case TypeKind::Union:
          check_union(*type);
          break;
        case TypeKind::Enum:
          check_enum(*type);
          break;
        case TypeKind::InputObject:
          check_input_object(*type);
          break;
      }
    }
    for (const DirectiveDefinition& directive : schema_.directives()) {
      check_input_values(directive.arguments, "directive '@" + directive.name + "'");
    }
  }

 private:
  const NamedType& named(const ast::TypeRef& type, const std::string& where) const {
    const NamedType* found = schema_.type(type.named_type());
    if (found == nullptr) invalid(where + " has the unknown type '" + type.named_type() + "'");
    return *found;
  }

  void check_input_values(const std::vector<InputValue>& values, const std::string& owner) {
    check_unique_names(values, owner);
    for (const InputValue& value : values) {
      std::string where = owner + " '" + value.name + "'";
      if (!named(value.type, where).is_input()) {
        invalid(where + " must have an input type, not '" + type_to_string(value.type) + "'");
      }
      if (value.deprecation.deprecated && value.type.non_null() && !value.default_value) {
        invalid(where + " is required and cannot be deprecated");
      }
    }
  }

  void check_fields(const NamedType& type) {
    if (type.fields.empty()) invalid("type '" + type.name + "' must define one or more fields");
    check_unique_names(type.fields, "type '" + type.name + "'");
    for (const FieldDefinition& field : type.fields) {
      std::string where = "field '" + type.name + "." + field.name + "'";
      if (field.name.rfind("__", 0) == 0) invalid(where + " must not begin with '__'");
      if (!named(field.type, where).is_output()) {
        invalid(where + " must have an output type, not '" + type_to_string(field.type) + "'");
      }
      check_input_values(field.arguments, where + " argument");
    }
    std::set<std::string, std::less<>> seen;
    for (const std::string& interface_name : type.interfaces) {
      const NamedType* interface = schema_.type(interface_name);
      if (interface == nullptr || interface->kind != TypeKind::Interface) {
        invalid("type '" + type.name + "' can only implement interfaces, not '" + interface_name +
                "'");
      }
      if (interface == &type) invalid("type '" + type.name + "' cannot implement itself");
      if (!seen.insert(interface_name).second) {
        invalid("type '" + type.name + "' implements '" + interface_name + "' twice");
      }
      check_implementation(type, *interface);
    }
  }

  // Spec IsValidImplementation.
  void check_implementation(const NamedType& type, const NamedType& interface) {
    std::string subject = "type '" + type.name + "' implementing '" + interface.name + "'";
    for (const std::string& inherited : interface.interfaces) {
      bool declared = false;
      for (const std::string& name : type.interfaces) declared = declared || name == inherited;
      if (!declared) invalid(subject + " must also implement '" + inherited + "'");
    }
    for (const FieldDefinition& expected : interface.fields) {
      const FieldDefinition* field = type.field(expected.name);
      if (field == nullptr) invalid(subject + " lacks the field '" + expected.name + "'");
      if (!schema_.is_subtype(field->type, expected.type)) {
        invalid(subject + ": field '" + field->name + "' has type '" + type_to_string(field->type) +
                "', not a subtype of '" + type_to_string(expected.type) + "'");
      }
      for (const InputValue& argument : expected.arguments) {
        const InputValue* given = field->argument(argument.name);
        if (given == nullptr || !same_type(given->type, argument.type)) {
          invalid(subject + ": field '" + field->name + "' must take the argument '" +
                  argument.name + ": " + type_to_string(argument.type) + "'");
        }
      }
      for (const InputValue& argument : field->arguments) {
        if (expected.argument(argument.name) == nullptr && argument.type.non_null() &&
            !argument.default_value) {
          invalid(subject + ": field '" + field->name + "' adds the required argument '" +
                  argument.name + "'");
        }
      }
    }
  }

  void check_union(const NamedType& type) {
    if (type.possible_types.empty()) invalid("union '" + type.name + "' must have members");
    std::set<std::string, std::less<>> seen;
    for (const std::string& member : type.possible_types) {
      const NamedType* object = schema_.type(member);
      if (object == nullptr || object->kind != TypeKind::Object) {
        invalid("union '" + type.name + "' can only include object types, not '" + member + "'");
      }
      if (!seen.insert(member).second)
        invalid("union '" + type.name + "' includes '" + member + "' twice");
    }
  }

  void check_enum(const NamedType& type) {
    if (type.enum_values.empty()) invalid("enum '" + type.name + "' must define values");
    check_unique_names(type.enum_values, "enum '" + type.name + "'");
  }

  void check_input_object(const NamedType& type) {
    if (type.input_fields.empty()) invalid("input '" + type.name + "' must define fields");
    check_input_values(type.input_fields, "input field of '" + type.name + "'");
  }

  const Schema& schema_;
};

}  // namespace

void check_schema(const Schema& schema) {
  SchemaChecker(schema).run();
}

}  // namespace lys::graphql
