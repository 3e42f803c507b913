// The schema an executor serves, built from SDL text: named types with their fields,
// arguments, enum values and input fields, the directives, and the root types. Built-in
// scalars, directives and the introspection types (__Schema, __Type, …) are part of it,
// defined by a prelude in SDL.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graphql/ast.h"

namespace lys::graphql {

enum class TypeKind { Scalar, Object, Interface, Union, Enum, InputObject };

struct Deprecation {
  bool deprecated = false;
  std::string reason;
};

struct InputValue {
  std::string name;
  std::string description;
  ast::TypeRef type;
  std::optional<ast::ValueNode> default_value;
  Deprecation deprecation;
};

struct FieldDefinition {
  std::string name;
  std::string description;
  std::vector<InputValue> arguments;
  ast::TypeRef type;
  Deprecation deprecation;

  const InputValue* argument(std::string_view argument_name) const;
};

struct EnumValue {
  std::string name;
  std::string description;
  Deprecation deprecation;
};

struct NamedType {
  TypeKind kind = TypeKind::Scalar;
  std::string name;
  std::string description;
  std::string specified_by_url;         // Scalar
  std::vector<FieldDefinition> fields;  // Object, Interface
  std::vector<std::string> interfaces;  // Object, Interface
  // Union: its members; Interface: the object types implementing it, in declaration
  // order. Always object types.
  std::vector<std::string> possible_types;
  std::vector<EnumValue> enum_values;    // Enum
  std::vector<InputValue> input_fields;  // InputObject
  bool built_in = false;                 // a standard scalar or an introspection type

  const FieldDefinition* field(std::string_view field_name) const;
  const InputValue* input_field(std::string_view field_name) const;
  const EnumValue* enum_value(std::string_view value_name) const;
  bool is_composite() const {
    return kind == TypeKind::Object || kind == TypeKind::Interface || kind == TypeKind::Union;
  }
  bool is_abstract() const { return kind == TypeKind::Interface || kind == TypeKind::Union; }
  bool is_leaf() const { return kind == TypeKind::Scalar || kind == TypeKind::Enum; }
  bool is_input() const { return is_leaf() || kind == TypeKind::InputObject; }
  bool is_output() const { return kind != TypeKind::InputObject; }
};

struct DirectiveDefinition {
  std::string name;
  std::string description;
  std::vector<InputValue> arguments;
  bool repeatable = false;
  std::vector<std::string> locations;
  bool built_in = false;

  const InputValue* argument(std::string_view argument_name) const;
  bool allows(std::string_view location) const;
};

class Schema {
 public:
  // Throws std::invalid_argument when the SDL does not parse or is not a valid schema.
  static std::unique_ptr<Schema> build(std::string_view sdl);

  const NamedType* type(std::string_view name) const;
  // Every type, for introspection: the SDL's in declaration order, then the built-ins.
  const std::vector<const NamedType*>& types() const { return ordered_; }
  const NamedType* query_type() const { return query_; }
  const NamedType* mutation_type() const { return mutation_; }
  const NamedType* subscription_type() const { return subscription_; }
  const NamedType* root_type(ast::OperationType operation) const;
  const std::string& description() const { return description_; }
  const std::vector<DirectiveDefinition>& directives() const { return directives_; }
  const DirectiveDefinition* directive(std::string_view name) const;

  // A field of a composite type, including the meta-fields __typename (everywhere)
  // and __schema and __type (on the query root type).
  const FieldDefinition* field(const NamedType& parent, std::string_view name) const;
  // Whether `object` is `abstract` itself or one of its possible types.
  bool is_possible(const NamedType& abstract, const NamedType& object) const;
  // Whether two composite types can share an object (both abstract, or either within
  // the other's possible types).
  bool overlap(const NamedType& a, const NamedType& b) const;
  // The object types a value of `type` can have: itself for an object type.
  std::vector<const NamedType*> possible_objects(const NamedType& type) const;
  // Spec IsTypeSubTypeOf / IsSubType for output and input types.
  bool is_subtype(const ast::TypeRef& maybe_sub, const ast::TypeRef& super) const;

 private:
  friend class SchemaBuilder;
  Schema() = default;

  std::vector<std::unique_ptr<NamedType>> storage_;
  std::map<std::string, const NamedType*, std::less<>> by_name_;
  std::vector<const NamedType*> ordered_;
  std::vector<DirectiveDefinition> directives_;
  const NamedType* query_ = nullptr;
  const NamedType* mutation_ = nullptr;
  const NamedType* subscription_ = nullptr;
  std::string description_;
  FieldDefinition typename_field_;
  FieldDefinition schema_field_;
  FieldDefinition type_field_;
};

std::string type_to_string(const ast::TypeRef& type);
bool same_type(const ast::TypeRef& a, const ast::TypeRef& b);

// Prints a value literal as GraphQL source (introspection's defaultValue).
std::string print_value(const ast::ValueNode& value);

}  // namespace lys::graphql
