#include "graphql/schema.h"

#include <stdexcept>

#include "graphql/parser.h"
#include "graphql/prelude.h"
#include "graphql/schema_checks.h"

namespace lys::graphql {

namespace {

template <typename Items>
auto find_named(const Items& items, std::string_view name) -> decltype(&items.front()) {
  for (const auto& item : items) {
    if (item.name == name) return &item;
  }
  return nullptr;
}

ast::TypeRef named_ref(std::string name) {
  ast::TypeRef type;
  type.name = std::move(name);
  return type;
}

ast::TypeRef non_null(ast::TypeRef type) {
  ast::TypeRef wrapper;
  wrapper.kind = ast::TypeRef::Kind::NonNull;
  wrapper.of.push_back(std::move(type));
  return wrapper;
}

FieldDefinition meta_field(std::string name, ast::TypeRef type) {
  FieldDefinition field;
  field.name = std::move(name);
  field.type = std::move(type);
  return field;
}

bool is_specified_scalar(std::string_view name) {
  return name == "Int" || name == "Float" || name == "String" || name == "Boolean" || name == "ID";
}

[[noreturn]] void invalid(const std::string& message) {
  throw std::invalid_argument(message);
}

std::string at(const Location& location) {
  return " (line " + std::to_string(location.line) + ", column " + std::to_string(location.column) +
         ")";
}

}  // namespace

// Turns parsed SDL into a Schema; the checks of a valid schema are in schema_checks.
class SchemaBuilder {
 public:
  std::unique_ptr<Schema> build(std::string_view sdl) {
    schema_.reset(new Schema());
    add_document(parse(kPreludeSdl), true);
    ast::Document user = parse(sdl);
    if (!user.operations.empty() || !user.fragments.empty()) {
      invalid("the schema SDL contains an executable definition");
    }
    add_document(user, false);
    order_types();
    resolve_roots(user);
    collect_possible_types();
    schema_->typename_field_ = meta_field("__typename", non_null(named_ref("String")));
    schema_->schema_field_ = meta_field("__schema", non_null(named_ref("__Schema")));
    schema_->type_field_ = meta_field("__type", named_ref("__Type"));
    InputValue name_argument;
    name_argument.name = "name";
    name_argument.type = non_null(named_ref("String"));
    schema_->type_field_.arguments.push_back(std::move(name_argument));
    check_schema(*schema_);
    return std::move(schema_);
  }

 private:
  static ast::Document parse(std::string_view sdl) {
    ParseResult parsed = parse_document(sdl, ParseLimits{256, 0});
    if (auto* error = std::get_if<SyntaxError>(&parsed)) {
      invalid("syntax error in the schema: " + error->message + at(error->location));
    }
    return std::get<ast::Document>(std::move(parsed));
  }

  void add_document(const ast::Document& document, bool built_in) {
    for (const ast::SchemaDefinition& definition : document.schemas) {
      schema_->description_ = definition.description;
    }
    for (const ast::DirectiveDefinition& definition : document.directives) {
      add_directive(definition, built_in);
    }
    for (const ast::TypeDefinition& definition : document.types) {
      if (!built_in && definition.kind == ast::TypeDefinition::Kind::Scalar &&
          is_specified_scalar(definition.name)) {
        continue;  // as graphql-js: redefining a specified scalar keeps the standard one
      }
      add_type(definition, built_in);
    }
  }

  void check_new_name(const std::string& name, bool built_in, const Location& location) {
    if (!built_in && name.rfind("__", 0) == 0) {
      invalid("name '" + name + "' must not begin with '__', which is reserved by GraphQL" +
              at(location));
    }
  }

  void add_directive(const ast::DirectiveDefinition& definition, bool built_in) {
    check_new_name(definition.name, built_in, definition.location);
    if (schema_->directive(definition.name) != nullptr) {
      invalid("directive '@" + definition.name + "' is defined more than once" +
              at(definition.location));
    }
    DirectiveDefinition directive;
    directive.name = definition.name;
    directive.description = definition.description;
    directive.arguments = input_values(definition.arguments, "ARGUMENT_DEFINITION");
    directive.repeatable = definition.repeatable;
    directive.locations = definition.locations;
    directive.built_in = built_in;
    schema_->directives_.push_back(std::move(directive));
  }

  void add_type(const ast::TypeDefinition& definition, bool built_in) {
    check_new_name(definition.name, built_in, definition.location);
    if (schema_->type(definition.name) != nullptr) {
      invalid("type '" + definition.name + "' is defined more than once" + at(definition.location));
    }
    auto type = std::make_unique<NamedType>();
    type->name = definition.name;
    type->description = definition.description;
    type->built_in = built_in;
    type->interfaces = definition.interfaces;
    using Kind = ast::TypeDefinition::Kind;
    switch (definition.kind) {
      case Kind::Scalar:
        type->kind = TypeKind::Scalar;
        if (const ast::Directive* specified =
                directive_use(definition.directives, "SCALAR", "specifiedBy")) {
          type->specified_by_url = specified->arguments.front().value.text;
        }
        break;
      case Kind::Object:
      case Kind::Interface:
        type->kind = definition.kind == Kind::Object ? TypeKind::Object : TypeKind::Interface;
        directive_use(definition.directives,
                      definition.kind == Kind::Object ? "OBJECT" : "INTERFACE");
        for (const ast::FieldDefinition& field : definition.fields) {
          type->fields.push_back(field_definition(field));
        }
        break;
      case Kind::Union:
        type->kind = TypeKind::Union;
        directive_use(definition.directives, "UNION");
        type->possible_types = definition.members;
        break;
      case Kind::Enum:
        type->kind = TypeKind::Enum;
        directive_use(definition.directives, "ENUM");
        for (const ast::EnumValueDefinition& value : definition.values) {
          type->enum_values.push_back(
              {value.name, value.description, deprecation(value.directives, "ENUM_VALUE")});
        }
        break;
      case Kind::InputObject:
        type->kind = TypeKind::InputObject;
        directive_use(definition.directives, "INPUT_OBJECT");
        type->input_fields = input_values(definition.input_fields, "INPUT_FIELD_DEFINITION");
        break;
    }
    schema_->by_name_.emplace(type->name, type.get());
    schema_->storage_.push_back(std::move(type));
  }

  FieldDefinition field_definition(const ast::FieldDefinition& definition) {
    FieldDefinition field;
    field.name = definition.name;
    field.description = definition.description;
    field.arguments = input_values(definition.arguments, "ARGUMENT_DEFINITION");
    field.type = definition.type;
    field.deprecation = deprecation(definition.directives, "FIELD_DEFINITION");
    return field;
  }

  std::vector<InputValue> input_values(const std::vector<ast::InputValueDefinition>& definitions,
                                       std::string_view location) {
    std::vector<InputValue> values;
    for (const ast::InputValueDefinition& definition : definitions) {
      values.push_back({definition.name, definition.description, definition.type,
                        definition.default_value, deprecation(definition.directives, location)});
    }
    return values;
  }

  Deprecation deprecation(const std::vector<ast::Directive>& directives,
                          std::string_view location) {
    Deprecation result;
    if (const ast::Directive* use = directive_use(directives, location, "deprecated")) {
      result.deprecated = true;
      result.reason = "No longer supported";
      for (const ast::Argument& argument : use->arguments) {
        if (argument.name == "reason" && argument.value.kind == ast::ValueNode::Kind::String) {
          result.reason = argument.value.text;
        }
      }
    }
    return result;
  }

  // Checks the directives used at a location of the SDL (only the specified ones can
  // be: the prelude is defined before any use) and returns the use of `wanted`.
  const ast::Directive* directive_use(const std::vector<ast::Directive>& directives,
                                      std::string_view location, std::string_view wanted = "") {
    const ast::Directive* found = nullptr;
    for (const ast::Directive& use : directives) {
      const DirectiveDefinition* definition = schema_->directive(use.name);
      if (definition == nullptr)
        invalid("unknown directive '@" + use.name + "'" + at(use.location));
      if (!definition->allows(location)) {
        invalid("directive '@" + use.name + "' may not be used on " + std::string(location) +
                at(use.location));
      }
      for (const ast::Argument& argument : use.arguments) {
        const InputValue* parameter = definition->argument(argument.name);
        if (parameter == nullptr) {
          invalid("directive '@" + use.name + "' has no argument '" + argument.name + "'" +
                  at(argument.location));
        }
      }
      for (const InputValue& parameter : definition->arguments) {
        if (parameter.type.non_null() && find_named(use.arguments, parameter.name) == nullptr) {
          invalid("directive '@" + use.name + "' needs the argument '" + parameter.name + "'" +
                  at(use.location));
        }
      }
      if (use.name == wanted) {
        if (found != nullptr && !definition->repeatable) {
          invalid("directive '@" + use.name + "' is used more than once" + at(use.location));
        }
        found = &use;
      }
    }
    return found;
  }

  void order_types() {
    // The SDL's types come after the prelude's in storage; list them first.
    for (int pass = 0; pass < 2; ++pass) {
      for (const auto& type : schema_->storage_) {
        if (type->built_in == (pass == 1)) schema_->ordered_.push_back(type.get());
      }
    }
  }

  void resolve_roots(const ast::Document& user) {
    auto root = [&](const std::string& name, const Location& location) -> const NamedType* {
      const NamedType* type = schema_->type(name);
      if (type == nullptr || type->kind != TypeKind::Object) {
        invalid("root type '" + name + "' must be a defined object type" + at(location));
      }
      return type;
    };
    if (user.schemas.size() > 1) invalid("the schema is defined more than once");
    if (!user.schemas.empty()) {
      for (const auto& [operation, name] : user.schemas.front().root_types) {
        const NamedType* type = root(name, user.schemas.front().location);
        switch (operation) {
          case ast::OperationType::Query:
            schema_->query_ = type;
            break;
          case ast::OperationType::Mutation:
            schema_->mutation_ = type;
            break;
          case ast::OperationType::Subscription:
            schema_->subscription_ = type;
            break;
        }
      }
    } else {
      schema_->query_ = schema_->type("Query");
      schema_->mutation_ = schema_->type("Mutation");
      schema_->subscription_ = schema_->type("Subscription");
    }
    if (schema_->query_ == nullptr) invalid("the schema has no query root type");
  }

  void collect_possible_types() {
    for (const NamedType* type : schema_->ordered_) {
      if (type->kind != TypeKind::Object) continue;
      for (const std::string& interface_name : type->interfaces) {
        for (const auto& candidate : schema_->storage_) {
          if (candidate->name == interface_name && candidate->kind == TypeKind::Interface) {
            candidate->possible_types.push_back(type->name);
          }
        }
      }
    }
  }

  std::unique_ptr<Schema> schema_;
};

std::unique_ptr<Schema> Schema::build(std::string_view sdl) {
  return SchemaBuilder().build(sdl);
}

const InputValue* FieldDefinition::argument(std::string_view argument_name) const {
  return find_named(arguments, argument_name);
}

const FieldDefinition* NamedType::field(std::string_view field_name) const {
  return find_named(fields, field_name);
}

const InputValue* NamedType::input_field(std::string_view field_name) const {
  return find_named(input_fields, field_name);
}

const EnumValue* NamedType::enum_value(std::string_view value_name) const {
  return find_named(enum_values, value_name);
}

const InputValue* DirectiveDefinition::argument(std::string_view argument_name) const {
  return find_named(arguments, argument_name);
}

bool DirectiveDefinition::allows(std::string_view location) const {
  for (const std::string& allowed : locations) {
    if (allowed == location) return true;
  }
  return false;
}

const NamedType* Schema::type(std::string_view name) const {
  auto found = by_name_.find(name);
  return found == by_name_.end() ? nullptr : found->second;
}

const NamedType* Schema::root_type(ast::OperationType operation) const {
  switch (operation) {
    case ast::OperationType::Query:
      return query_;
    case ast::OperationType::Mutation:
      return mutation_;
    case ast::OperationType::Subscription:
      return subscription_;
  }
  return nullptr;
}

const DirectiveDefinition* Schema::directive(std::string_view name) const {
  return find_named(directives_, name);
}

const FieldDefinition* Schema::field(const NamedType& parent, std::string_view name) const {
  if (name == "__typename") return parent.is_composite() ? &typename_field_ : nullptr;
  if (&parent == query_) {
    if (name == "__schema") return &schema_field_;
    if (name == "__type") return &type_field_;
  }
  return parent.field(name);
}

bool Schema::is_possible(const NamedType& abstract, const NamedType& object) const {
  if (&abstract == &object) return true;
  for (const std::string& name : abstract.possible_types) {
    if (name == object.name) return true;
  }
  return false;
}

bool Schema::overlap(const NamedType& a, const NamedType& b) const {
  if (&a == &b) return true;
  if (a.is_abstract() && b.is_abstract()) {
    for (const NamedType* object : possible_objects(a)) {
      if (is_possible(b, *object)) return true;
    }
    return false;
  }
  return is_possible(a, b) || is_possible(b, a);
}

std::vector<const NamedType*> Schema::possible_objects(const NamedType& type) const {
  if (!type.is_abstract()) return {&type};
  std::vector<const NamedType*> objects;
  for (const std::string& name : type.possible_types) {
    if (const NamedType* object = this->type(name)) objects.push_back(object);
  }
  return objects;
}

bool Schema::is_subtype(const ast::TypeRef& maybe_sub, const ast::TypeRef& super) const {
  using Kind = ast::TypeRef::Kind;
  if (super.kind == Kind::NonNull) {
    return maybe_sub.kind == Kind::NonNull && is_subtype(maybe_sub.inner(), super.inner());
  }
  if (maybe_sub.kind == Kind::NonNull) return is_subtype(maybe_sub.inner(), super);
  if (super.kind == Kind::List) {
    return maybe_sub.kind == Kind::List && is_subtype(maybe_sub.inner(), super.inner());
  }
  if (maybe_sub.kind == Kind::List) return false;
  if (maybe_sub.name == super.name) return true;
  const NamedType* sub_type = type(maybe_sub.name);
  const NamedType* super_type = type(super.name);
  if (sub_type == nullptr || super_type == nullptr || !super_type->is_abstract()) return false;
  if (super_type->kind == TypeKind::Interface) {
    for (const std::string& name : sub_type->interfaces) {
      if (name == super_type->name) return true;
    }
    return false;
  }
  return is_possible(*super_type, *sub_type);
}

std::string type_to_string(const ast::TypeRef& type) {
  switch (type.kind) {
    case ast::TypeRef::Kind::Named:
      return type.name;
    case ast::TypeRef::Kind::List:
      return "[" + type_to_string(type.inner()) + "]";
    case ast::TypeRef::Kind::NonNull:
      return type_to_string(type.inner()) + "!";
  }
  return type.name;
}

bool same_type(const ast::TypeRef& a, const ast::TypeRef& b) {
  if (a.kind != b.kind) return false;
  if (a.kind == ast::TypeRef::Kind::Named) return a.name == b.name;
  return same_type(a.inner(), b.inner());
}

}  // namespace lys::graphql
