// The syntax tree of a GraphQL document: the executable language (operations and
// fragments) and the type-system language of SDL (the schema's definitions). The parser
// builds it; the schema builder, validation and CollectFields read it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "lys/graphql/value.h"

namespace lys::graphql::ast {

struct ObjectField;

// A value literal, or a variable reference.
struct ValueNode {
  enum class Kind { Variable, Int, Float, String, Boolean, Null, Enum, List, Object };
  Kind kind = Kind::Null;
  // Variable: its name; Int/Float: the literal as written; String: the decoded text;
  // Enum: the value's name.
  std::string text;
  bool boolean = false;
  bool block = false;  // a """block string"""
  std::vector<ValueNode> list;
  std::vector<ObjectField> fields;
  Location location;
};

struct ObjectField {
  std::string name;
  ValueNode value;
  Location location;
};

// A type reference: Named, [of] or of!. `of` holds exactly one element for List and
// NonNull (a vector keeps the node copyable).
struct TypeRef {
  enum class Kind { Named, List, NonNull };
  Kind kind = Kind::Named;
  std::string name;
  std::vector<TypeRef> of;
  Location location;

  const TypeRef& inner() const { return of.front(); }
  const std::string& named_type() const {
    return kind == Kind::Named ? name : inner().named_type();
  }
  bool non_null() const { return kind == Kind::NonNull; }
};

struct Argument {
  std::string name;
  ValueNode value;
  Location location;
};

struct Directive {
  std::string name;
  std::vector<Argument> arguments;
  Location location;
};

struct Selection {
  enum class Kind { Field, FragmentSpread, InlineFragment };
  Kind kind = Kind::Field;
  std::string alias;           // Field: empty when not aliased
  std::string name;            // Field: the field; FragmentSpread: the fragment
  std::string type_condition;  // InlineFragment: empty when it has none
  std::vector<Argument> arguments;
  std::vector<Directive> directives;
  std::vector<Selection> selections;
  Location location;

  const std::string& response_key() const { return alias.empty() ? name : alias; }
};

struct VariableDefinition {
  std::string name;
  TypeRef type;
  std::optional<ValueNode> default_value;
  std::vector<Directive> directives;
  Location location;
};

enum class OperationType { Query, Mutation, Subscription };

struct Operation {
  OperationType type = OperationType::Query;
  std::string name;  // empty: anonymous
  std::vector<VariableDefinition> variables;
  std::vector<Directive> directives;
  std::vector<Selection> selections;
  Location location;
};

struct Fragment {
  std::string name;
  std::string type_condition;
  std::vector<Directive> directives;
  std::vector<Selection> selections;
  Location location;
};

// Type-system definitions (SDL).

struct InputValueDefinition {
  std::string description;
  std::string name;
  TypeRef type;
  std::optional<ValueNode> default_value;
  std::vector<Directive> directives;
  Location location;
};

struct FieldDefinition {
  std::string description;
  std::string name;
  std::vector<InputValueDefinition> arguments;
  TypeRef type;
  std::vector<Directive> directives;
  Location location;
};

struct EnumValueDefinition {
  std::string description;
  std::string name;
  std::vector<Directive> directives;
  Location location;
};

struct TypeDefinition {
  enum class Kind { Scalar, Object, Interface, Union, Enum, InputObject };
  Kind kind = Kind::Scalar;
  std::string description;
  std::string name;
  std::vector<std::string> interfaces;  // Object, Interface
  std::vector<Directive> directives;
  std::vector<FieldDefinition> fields;             // Object, Interface
  std::vector<std::string> members;                // Union
  std::vector<EnumValueDefinition> values;         // Enum
  std::vector<InputValueDefinition> input_fields;  // InputObject
  Location location;
};

struct DirectiveDefinition {
  std::string description;
  std::string name;
  std::vector<InputValueDefinition> arguments;
  bool repeatable = false;
  std::vector<std::string> locations;
  Location location;
};

struct SchemaDefinition {
  std::string description;
  std::vector<Directive> directives;
  std::vector<std::pair<OperationType, std::string>> root_types;
  Location location;
};

// Everything a document holds, each kind in source order. `type_system` lists every
// type-system definition (for "is not executable" errors) by its name and location.
struct Document {
  std::vector<Operation> operations;
  std::vector<Fragment> fragments;
  std::vector<TypeDefinition> types;
  std::vector<DirectiveDefinition> directives;
  std::vector<SchemaDefinition> schemas;
  std::vector<std::pair<std::string, Location>> type_system;
  std::size_t token_count = 0;  // lexical tokens read: the size its nodes grow with

  const Fragment* fragment(const std::string& name) const;
};

const char* operation_keyword(OperationType type);

}  // namespace lys::graphql::ast
