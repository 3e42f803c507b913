#include "graphql/parser.h"

#include <optional>
#include <utility>

namespace lys::graphql {

namespace {

using ast::ValueNode;
using Kind = Token::Kind;

class Parser {
 public:
  Parser(std::string_view source, ParseLimits limits) : lexer_(source), limits_(limits) {
    advance();
  }

  ast::Document document() {
    ast::Document document;
    do {
      definition(document);
    } while (token_.kind != Kind::End);
    document.token_count = tokens_;
    return document;
  }

  ValueNode lone_value() {
    ValueNode value = value_literal(false);
    if (token_.kind != Kind::End) unexpected();
    return value;
  }

 private:
  // Bounds recursion: every nested construct holds one for its extent.
  class Nesting {
   public:
    explicit Nesting(Parser& parser) : parser_(parser) {
      if (++parser_.depth_ > parser_.limits_.max_depth) {
        throw SyntaxError{"Document nesting exceeds the maximum depth of " +
                              std::to_string(parser_.limits_.max_depth) + ".",
                          parser_.token_.location, true};
      }
    }
    ~Nesting() { --parser_.depth_; }
    Nesting(const Nesting&) = delete;
    Nesting& operator=(const Nesting&) = delete;

   private:
    Parser& parser_;
  };

  [[noreturn]] void fail(const std::string& message) const {
    throw SyntaxError{message, token_.location};
  }

  std::string describe(const Token& token) const {
    switch (token.kind) {
      case Kind::End:
        return "<EOF>";
      case Kind::Punctuator:
        return "\"" + token.text + "\"";
      case Kind::Name:
        return "Name \"" + token.text + "\"";
      case Kind::Int:
        return "Int \"" + token.text + "\"";
      case Kind::Float:
        return "Float \"" + token.text + "\"";
      case Kind::String:
      case Kind::BlockString:
        return "String";
    }
    return "token";
  }

  [[noreturn]] void unexpected() const { fail("Unexpected " + describe(token_) + "."); }

  void advance() {
    if (++tokens_ > limits_.max_tokens && limits_.max_tokens != 0) {
      throw SyntaxError{
          "Document contains more than " + std::to_string(limits_.max_tokens) + " tokens.",
          token_.location, true};
    }
    token_ = lexer_.next();
  }

  bool peek(std::string_view punctuator) const {
    return token_.kind == Kind::Punctuator && token_.text == punctuator;
  }
  bool peek_keyword(std::string_view word) const {
    return token_.kind == Kind::Name && token_.text == word;
  }
  bool skip(std::string_view punctuator) {
    if (!peek(punctuator)) return false;
    advance();
    return true;
  }
  bool skip_keyword(std::string_view word) {
    if (!peek_keyword(word)) return false;
    advance();
    return true;
  }
  void expect(std::string_view punctuator) {
    if (!skip(punctuator)) {
      fail("Expected \"" + std::string(punctuator) + "\", found " + describe(token_) + ".");
    }
  }
  void expect_keyword(std::string_view word) {
    if (!skip_keyword(word)) {
      fail("Expected \"" + std::string(word) + "\", found " + describe(token_) + ".");
    }
  }
  std::string name() {
    if (token_.kind != Kind::Name) fail("Expected Name, found " + describe(token_) + ".");
    std::string text = std::move(token_.text);
    advance();
    return text;
  }

  // Executable and type-system definitions.

  void definition(ast::Document& document) {
    if (peek("{")) {
      ast::Operation operation;
      operation.location = token_.location;
      operation.selections = selection_set();
      document.operations.push_back(std::move(operation));
      return;
    }
    std::optional<std::string> described = optional_description();
    std::string description = described.value_or("");
    if (token_.kind != Kind::Name) unexpected();
    const std::string& word = token_.text;
    if (!described && (word == "query" || word == "mutation" || word == "subscription")) {
      document.operations.push_back(operation());
    } else if (!described && word == "fragment") {
      document.fragments.push_back(fragment());
    } else if (word == "schema") {
      document.type_system.emplace_back("schema", token_.location);
      document.schemas.push_back(schema_definition(std::move(description)));
    } else if (word == "directive") {
      document.directives.push_back(directive_definition(std::move(description)));
      document.type_system.emplace_back(document.directives.back().name,
                                        document.directives.back().location);
    } else if (word == "scalar" || word == "type" || word == "interface" || word == "union" ||
               word == "enum" || word == "input") {
      document.types.push_back(type_definition(std::move(description)));
      document.type_system.emplace_back(document.types.back().name, document.types.back().location);
    } else {
      unexpected();
    }
  }

  ast::Operation operation() {
    ast::Operation operation;
    operation.location = token_.location;
    std::string word = name();
    operation.type = word == "query"      ? ast::OperationType::Query
                     : word == "mutation" ? ast::OperationType::Mutation
                                          : ast::OperationType::Subscription;
    if (token_.kind == Kind::Name) operation.name = name();
    if (skip("(")) {
      do {
        operation.variables.push_back(variable_definition());
      } while (!skip(")"));
    }
    operation.directives = directives(false);
    operation.selections = selection_set();
    return operation;
  }

  ast::VariableDefinition variable_definition() {
    ast::VariableDefinition definition;
    definition.location = token_.location;
    expect("$");
    definition.name = name();
    expect(":");
    definition.type = type_reference();
    if (skip("=")) definition.default_value = value_literal(true);
    definition.directives = directives(true);
    return definition;
  }

  ast::Fragment fragment() {
    ast::Fragment fragment;
    fragment.location = token_.location;
    advance();
    if (peek_keyword("on")) unexpected();
    fragment.name = name();
    expect_keyword("on");
    fragment.type_condition = name();
    fragment.directives = directives(false);
    fragment.selections = selection_set();
    return fragment;
  }

  std::vector<ast::Selection> selection_set() {
    Nesting nesting(*this);
    expect("{");
    std::vector<ast::Selection> selections;
    do {
      selections.push_back(selection());
    } while (!skip("}"));
    return selections;
  }

  ast::Selection selection() {
    ast::Selection selection;
    selection.location = token_.location;
    if (skip("...")) {
      if (token_.kind == Kind::Name && token_.text != "on") {
        selection.kind = ast::Selection::Kind::FragmentSpread;
        selection.name = name();
        selection.directives = directives(false);
        return selection;
      }
      selection.kind = ast::Selection::Kind::InlineFragment;
      if (skip_keyword("on")) selection.type_condition = name();
      selection.directives = directives(false);
      selection.selections = selection_set();
      return selection;
    }
    selection.name = name();
    if (skip(":")) {
      selection.alias = std::move(selection.name);
      selection.name = name();
    }
    selection.arguments = arguments(false);
    selection.directives = directives(false);
    if (peek("{")) selection.selections = selection_set();
    return selection;
  }

  std::vector<ast::Argument> arguments(bool is_const) {
    std::vector<ast::Argument> result;
    if (!skip("(")) return result;
    do {
      ast::Argument argument;
      argument.location = token_.location;
      argument.name = name();
      expect(":");
      argument.value = value_literal(is_const);
      result.push_back(std::move(argument));
    } while (!skip(")"));
    return result;
  }

  std::vector<ast::Directive> directives(bool is_const) {
    std::vector<ast::Directive> result;
    while (peek("@")) {
      ast::Directive directive;
      directive.location = token_.location;
      advance();
      directive.name = name();
      directive.arguments = arguments(is_const);
      result.push_back(std::move(directive));
    }
    return result;
  }

  ast::TypeRef type_reference() {
    Nesting nesting(*this);
    ast::TypeRef type;
    type.location = token_.location;
    if (skip("[")) {
      type.kind = ast::TypeRef::Kind::List;
      type.of.push_back(type_reference());
      expect("]");
    } else {
      type.name = name();
    }
    if (skip("!")) {
      ast::TypeRef wrapper;
      wrapper.kind = ast::TypeRef::Kind::NonNull;
      wrapper.location = type.location;
      wrapper.of.push_back(std::move(type));
      return wrapper;
    }
    return type;
  }

  ValueNode value_literal(bool is_const) {
    ValueNode value;
    value.location = token_.location;
    switch (token_.kind) {
      case Kind::Int:
      case Kind::Float:
        value.kind = token_.kind == Kind::Int ? ValueNode::Kind::Int : ValueNode::Kind::Float;
        value.text = std::move(token_.text);
        advance();
        return value;
      case Kind::String:
      case Kind::BlockString:
        value.kind = ValueNode::Kind::String;
        value.block = token_.kind == Kind::BlockString;
        value.text = std::move(token_.text);
        advance();
        return value;
      case Kind::Name:
        if (token_.text == "true" || token_.text == "false") {
          value.kind = ValueNode::Kind::Boolean;
          value.boolean = token_.text == "true";
        } else if (token_.text == "null") {
          value.kind = ValueNode::Kind::Null;
        } else {
          value.kind = ValueNode::Kind::Enum;
          value.text = token_.text;
        }
        advance();
        return value;
      case Kind::Punctuator:
        if (peek("$") && !is_const) {
          advance();
          value.kind = ValueNode::Kind::Variable;
          value.text = name();
          return value;
        }
        if (peek("[")) return list_value(std::move(value), is_const);
        if (peek("{")) return object_value(std::move(value), is_const);
        break;
      case Kind::End:
        break;
    }
    unexpected();
  }

  ValueNode list_value(ValueNode value, bool is_const) {
    Nesting nesting(*this);
    value.kind = ValueNode::Kind::List;
    advance();
    while (!skip("]")) value.list.push_back(value_literal(is_const));
    return value;
  }

  ValueNode object_value(ValueNode value, bool is_const) {
    Nesting nesting(*this);
    value.kind = ValueNode::Kind::Object;
    advance();
    while (!skip("}")) {
      ast::ObjectField field;
      field.location = token_.location;
      field.name = name();
      expect(":");
      field.value = value_literal(is_const);
      value.fields.push_back(std::move(field));
    }
    return value;
  }

  // Type-system definitions.

  std::optional<std::string> optional_description() {
    if (token_.kind != Kind::String && token_.kind != Kind::BlockString) return std::nullopt;
    std::string text = std::move(token_.text);
    advance();
    return text;
  }

  ast::SchemaDefinition schema_definition(std::string description) {
    ast::SchemaDefinition schema;
    schema.description = std::move(description);
    schema.location = token_.location;
    advance();
    schema.directives = directives(true);
    expect("{");
    do {
      Location at = token_.location;
      std::string operation = name();
      ast::OperationType type;
      if (operation == "query") {
        type = ast::OperationType::Query;
      } else if (operation == "mutation") {
        type = ast::OperationType::Mutation;
      } else if (operation == "subscription") {
        type = ast::OperationType::Subscription;
      } else {
        throw SyntaxError{"Unexpected Name \"" + operation + "\".", at};
      }
      expect(":");
      schema.root_types.emplace_back(type, name());
    } while (!skip("}"));
    return schema;
  }

  ast::DirectiveDefinition directive_definition(std::string description) {
    ast::DirectiveDefinition definition;
    definition.description = std::move(description);
    definition.location = token_.location;
    advance();
    expect("@");
    definition.name = name();
    definition.arguments = argument_definitions();
    definition.repeatable = skip_keyword("repeatable");
    expect_keyword("on");
    skip("|");
    do {
      Location at = token_.location;
      std::string location = name();
      if (!is_directive_location(location)) {
        throw SyntaxError{"Unexpected Name \"" + location + "\".", at};
      }
      definition.locations.push_back(std::move(location));
    } while (skip("|"));
    return definition;
  }

  static bool is_directive_location(std::string_view name) {
    static constexpr std::string_view kLocations[] = {"QUERY",
                                                      "MUTATION",
                                                      "SUBSCRIPTION",
                                                      "FIELD",
                                                      "FRAGMENT_DEFINITION",
                                                      "FRAGMENT_SPREAD",
                                                      "INLINE_FRAGMENT",
                                                      "VARIABLE_DEFINITION",
                                                      "SCHEMA",
                                                      "SCALAR",
                                                      "OBJECT",
                                                      "FIELD_DEFINITION",
                                                      "ARGUMENT_DEFINITION",
                                                      "INTERFACE",
                                                      "UNION",
                                                      "ENUM",
                                                      "ENUM_VALUE",
                                                      "INPUT_OBJECT",
                                                      "INPUT_FIELD_DEFINITION"};
    for (std::string_view location : kLocations) {
      if (location == name) return true;
    }
    return false;
  }

  ast::TypeDefinition type_definition(std::string description) {
    using TypeKind = ast::TypeDefinition::Kind;
    ast::TypeDefinition type;
    type.description = std::move(description);
    type.location = token_.location;
    std::string keyword = name();
    type.name = name();
    if (keyword == "scalar") {
      type.kind = TypeKind::Scalar;
      type.directives = directives(true);
    } else if (keyword == "type" || keyword == "interface") {
      type.kind = keyword == "type" ? TypeKind::Object : TypeKind::Interface;
      if (skip_keyword("implements")) {
        skip("&");
        do {
          type.interfaces.push_back(name());
        } while (skip("&"));
      }
      type.directives = directives(true);
      if (skip("{")) {
        do {
          type.fields.push_back(field_definition());
        } while (!skip("}"));
      }
    } else if (keyword == "union") {
      type.kind = TypeKind::Union;
      type.directives = directives(true);
      if (skip("=")) {
        skip("|");
        do {
          type.members.push_back(name());
        } while (skip("|"));
      }
    } else if (keyword == "enum") {
      type.kind = TypeKind::Enum;
      type.directives = directives(true);
      if (skip("{")) {
        do {
          type.values.push_back(enum_value_definition());
        } while (!skip("}"));
      }
    } else {
      type.kind = TypeKind::InputObject;
      type.directives = directives(true);
      if (skip("{")) {
        do {
          type.input_fields.push_back(input_value_definition());
        } while (!skip("}"));
      }
    }
    return type;
  }

  ast::FieldDefinition field_definition() {
    ast::FieldDefinition field;
    field.description = optional_description().value_or("");
    field.location = token_.location;
    field.name = name();
    field.arguments = argument_definitions();
    expect(":");
    field.type = type_reference();
    field.directives = directives(true);
    return field;
  }

  std::vector<ast::InputValueDefinition> argument_definitions() {
    std::vector<ast::InputValueDefinition> result;
    if (!skip("(")) return result;
    do {
      result.push_back(input_value_definition());
    } while (!skip(")"));
    return result;
  }

  ast::InputValueDefinition input_value_definition() {
    ast::InputValueDefinition input;
    input.description = optional_description().value_or("");
    input.location = token_.location;
    input.name = name();
    expect(":");
    input.type = type_reference();
    if (skip("=")) input.default_value = value_literal(true);
    input.directives = directives(true);
    return input;
  }

  ast::EnumValueDefinition enum_value_definition() {
    ast::EnumValueDefinition value;
    value.description = optional_description().value_or("");
    value.location = token_.location;
    if (peek_keyword("true") || peek_keyword("false") || peek_keyword("null")) {
      fail(describe(token_) + " is reserved and cannot be used for an enum value.");
    }
    value.name = name();
    value.directives = directives(true);
    return value;
  }

  Lexer lexer_;
  ParseLimits limits_;
  Token token_;
  std::size_t depth_ = 0;
  std::size_t tokens_ = 0;
};

}  // namespace

ParseResult parse_document(std::string_view source, ParseLimits limits) {
  try {
    Parser parser(source, limits);
    return parser.document();
  } catch (const SyntaxError& error) {
    return error;
  }
}

std::variant<ast::ValueNode, SyntaxError> parse_value(std::string_view source, ParseLimits limits) {
  try {
    Parser parser(source, limits);
    return parser.lone_value();
  } catch (const SyntaxError& error) {
    return error;
  }
}

}  // namespace lys::graphql
