// The type-directed rules, checked walking each operation and fragment once: fields on
// types (§5.3.1), leaf selections (§5.3.3), arguments (§5.4), fragment types and
// spreads (§5.5.1.2-3, §5.5.2.1, §5.5.2.3), directives (§5.7), values (§5.6), variable
// types and defaults (§5.8.2), the subscription single root field (§5.2.3.1) and the
// introspection switch.
#include <set>

#include "graphql/validation_context.h"

namespace lys::graphql {

namespace {

const char* location_of(ast::OperationType type) {
  switch (type) {
    case ast::OperationType::Query:
      return "QUERY";
    case ast::OperationType::Mutation:
      return "MUTATION";
    case ast::OperationType::Subscription:
      return "SUBSCRIPTION";
  }
  return "QUERY";
}

std::string quoted(const std::string& text) {
  return "\"" + text + "\"";
}

class SelectionWalker {
 public:
  SelectionWalker(ValidationContext& context, DefinitionReferences& references)
      : context_(context), schema_(context.schema()), references_(references) {}

  void operation(const ast::Operation& operation) {
    check_directives(operation.directives, location_of(operation.type));
    for (const ast::VariableDefinition& variable : operation.variables) {
      variable_definition(variable);
    }
    const NamedType* root = schema_.root_type(operation.type);
    if (root == nullptr) {
      context_.report("Schema is not configured to execute " +
                          std::string(ast::operation_keyword(operation.type)) + " operation.",
                      {operation.location});
      return;
    }
    if (operation.type == ast::OperationType::Subscription) single_root_field(operation);
    selections(*root, operation.selections);
  }

  void fragment(const ast::Fragment& fragment) {
    check_directives(fragment.directives, "FRAGMENT_DEFINITION");
    const NamedType* type = condition_type(fragment.type_condition, fragment.location,
                                           "Fragment " + quoted(fragment.name) + " ");
    if (type != nullptr) selections(*type, fragment.selections);
  }

 private:
  void variable_definition(const ast::VariableDefinition& variable) {
    check_directives(variable.directives, "VARIABLE_DEFINITION");
    const NamedType* type = schema_.type(variable.type.named_type());
    if (type == nullptr) {
      context_.report("Unknown type " + quoted(variable.type.named_type()) + "." +
                          context_.suggest(variable.type.named_type(), type_names(false)),
                      {variable.type.location});
      return;
    }
    if (!type->is_input()) {
      context_.report("Variable \"$" + variable.name + "\" cannot be non-input type " +
                          quoted(type_to_string(variable.type)) + ".",
                      {variable.type.location});
      return;
    }
    if (variable.default_value) {
      ValueChecker(context_, nullptr).check(*variable.default_value, variable.type, false);
    }
  }

  // Spec §5.2.3.1: the root fields of a subscription, after fragments, number one.
  void single_root_field(const ast::Operation& operation) {
    std::set<std::string> keys;
    std::set<std::string> visited;
    count_root_fields(operation.selections, keys, visited);
    if (keys.size() > 1) {
      std::string name = operation.name.empty() ? "Anonymous Subscription"
                                                : "Subscription " + quoted(operation.name);
      context_.report(name + " must select only one top level field.", {operation.location});
    }
  }

  void count_root_fields(const std::vector<ast::Selection>& list, std::set<std::string>& keys,
                         std::set<std::string>& visited) {
    for (const ast::Selection& selection : list) {
      if (selection.kind == ast::Selection::Kind::Field) {
        keys.insert(selection.response_key());
      } else if (selection.kind == ast::Selection::Kind::InlineFragment) {
        count_root_fields(selection.selections, keys, visited);
      } else if (const ast::Fragment* target = context_.fragment(selection.name)) {
        if (visited.insert(selection.name).second) {
          count_root_fields(target->selections, keys, visited);
        }
      }
    }
  }

  std::vector<std::string> type_names(bool composite_only) const {
    std::vector<std::string> names;
    for (const NamedType* type : schema_.types()) {
      if (!composite_only || type->is_composite()) names.push_back(type->name);
    }
    return names;
  }

  // The composite type a fragment conditions on, or null after reporting why not.
  const NamedType* condition_type(const std::string& name, const Location& location,
                                  const std::string& subject) {
    const NamedType* type = schema_.type(name);
    if (type == nullptr) {
      context_.report(
          "Unknown type " + quoted(name) + "." + context_.suggest(name, type_names(true)),
          {location});
      return nullptr;
    }
    if (!type->is_composite()) {
      context_.report(subject + "cannot condition on non composite type " + quoted(name) + ".",
                      {location});
      return nullptr;
    }
    return type;
  }

  void selections(const NamedType& parent, const std::vector<ast::Selection>& list) {
    for (const ast::Selection& selection : list) {
      switch (selection.kind) {
        case ast::Selection::Kind::Field:
          field(parent, selection);
          break;
        case ast::Selection::Kind::InlineFragment:
          inline_fragment(parent, selection);
          break;
        case ast::Selection::Kind::FragmentSpread:
          fragment_spread(parent, selection);
          break;
      }
    }
  }

  void field(const NamedType& parent, const ast::Selection& selection) {
    check_directives(selection.directives, "FIELD");
    const FieldDefinition* definition = schema_.field(parent, selection.name);
    if (definition == nullptr) {
      unknown_field(parent, selection);
      return;
    }
    if (!context_.options().introspection &&
        (selection.name == "__schema" || selection.name == "__type")) {
      context_.report(
          "GraphQL introspection is not allowed, but the query contained __schema or __type.",
          {selection.location});
    }
    check_arguments(selection.arguments, definition->arguments, selection.location,
                    "field " + quoted(parent.name + "." + selection.name),
                    "Field " + quoted(selection.name));
    const NamedType* type = schema_.type(definition->type.named_type());
    if (type == nullptr) return;
    if (type->is_leaf() && !selection.selections.empty()) {
      context_.report("Field " + quoted(selection.name) + " must not have a selection since type " +
                          quoted(type_to_string(definition->type)) + " has no subfields.",
                      {selection.location});
    } else if (!type->is_leaf() && selection.selections.empty()) {
      context_.report("Field " + quoted(selection.name) + " of type " +
                          quoted(type_to_string(definition->type)) +
                          " must have a selection of subfields. Did you mean " +
                          quoted(selection.name + " { ... }") + "?",
                      {selection.location});
    } else if (!type->is_leaf()) {
      selections(*type, selection.selections);
    }
  }

  void unknown_field(const NamedType& parent, const ast::Selection& selection) {
    std::vector<std::string> names;
    for (const FieldDefinition& candidate : parent.fields) names.push_back(candidate.name);
    context_.report("Cannot query field " + quoted(selection.name) + " on type " +
                        quoted(parent.name) + "." + context_.suggest(selection.name, names),
                    {selection.location});
    // The variables it uses still count as used and must be defined.
    for (const ast::Argument& argument : selection.arguments) record_variables(argument.value);
  }

  void record_variables(const ast::ValueNode& value) {
    if (value.kind == ast::ValueNode::Kind::Variable) {
      references_.variables.push_back({value.text, nullptr, false, value.location});
    }
    for (const ast::ValueNode& item : value.list) record_variables(item);
    for (const ast::ObjectField& field : value.fields) record_variables(field.value);
  }

  void inline_fragment(const NamedType& parent, const ast::Selection& selection) {
    check_directives(selection.directives, "INLINE_FRAGMENT");
    const NamedType* type = &parent;
    if (!selection.type_condition.empty()) {
      type = condition_type(selection.type_condition, selection.location, "Fragment ");
      if (type == nullptr) return;
      if (!schema_.overlap(parent, *type)) {
        context_.report("Fragment cannot be spread here as objects of type " + quoted(parent.name) +
                            " can never be of type " + quoted(type->name) + ".",
                        {selection.location});
      }
    }
    selections(*type, selection.selections);
  }

  void fragment_spread(const NamedType& parent, const ast::Selection& selection) {
    check_directives(selection.directives, "FRAGMENT_SPREAD");
    references_.spreads.push_back(&selection);
    const ast::Fragment* target = context_.fragment(selection.name);
    if (target == nullptr) {
      context_.report("Unknown fragment " + quoted(selection.name) + ".", {selection.location});
      return;
    }
    const NamedType* type = schema_.type(target->type_condition);
    if (type != nullptr && type->is_composite() && !schema_.overlap(parent, *type)) {
      context_.report("Fragment " + quoted(selection.name) +
                          " cannot be spread here as objects of type " + quoted(parent.name) +
                          " can never be of type " + quoted(type->name) + ".",
                      {selection.location});
    }
  }

  void check_directives(const std::vector<ast::Directive>& directives, const char* location) {
    std::set<std::string> seen;
    for (const ast::Directive& directive : directives) {
      const DirectiveDefinition* definition = schema_.directive(directive.name);
      if (definition == nullptr) {
        context_.report("Unknown directive \"@" + directive.name + "\".", {directive.location});
        for (const ast::Argument& argument : directive.arguments) record_variables(argument.value);
        continue;
      }
      if (!definition->allows(location)) {
        context_.report(
            "Directive \"@" + directive.name + "\" may not be used on " + location + ".",
            {directive.location});
      }
      if (!definition->repeatable && !seen.insert(directive.name).second) {
        context_.report(
            "The directive \"@" + directive.name + "\" can only be used once at this location.",
            {directive.location});
      }
      check_arguments(directive.arguments, definition->arguments, directive.location,
                      "directive \"@" + directive.name + "\"",
                      "Directive \"@" + directive.name + "\"");
    }
  }

  void check_arguments(const std::vector<ast::Argument>& arguments,
                       const std::vector<InputValue>& definitions, const Location& location,
                       const std::string& owner, const std::string& subject) {
    std::set<std::string> seen;
    for (const ast::Argument& argument : arguments) {
      if (!seen.insert(argument.name).second) {
        context_.report("There can be only one argument named " + quoted(argument.name) + ".",
                        {argument.location});
      }
      const InputValue* definition = nullptr;
      for (const InputValue& candidate : definitions) {
        if (candidate.name == argument.name) definition = &candidate;
      }
      if (definition == nullptr) {
        std::vector<std::string> names;
        for (const InputValue& candidate : definitions) names.push_back(candidate.name);
        context_.report("Unknown argument " + quoted(argument.name) + " on " + owner + "." +
                            context_.suggest(argument.name, names),
                        {argument.location});
        record_variables(argument.value);
        continue;
      }
      ValueChecker(context_, &references_.variables)
          .check(argument.value, definition->type, definition->default_value.has_value());
    }
    for (const InputValue& definition : definitions) {
      if (definition.type.non_null() && !definition.default_value &&
          seen.count(definition.name) == 0) {
        context_.report(subject + " argument " + quoted(definition.name) + " of type " +
                            quoted(type_to_string(definition.type)) +
                            " is required, but it was not provided.",
                        {location});
      }
    }
  }

  ValidationContext& context_;
  const Schema& schema_;
  DefinitionReferences& references_;
};

}  // namespace

void validate_selections(ValidationContext& context) {
  const ast::Document& document = context.document();
  context.operation_references.resize(document.operations.size());
  for (std::size_t i = 0; i < document.operations.size(); ++i) {
    SelectionWalker(context, context.operation_references[i]).operation(document.operations[i]);
  }
  for (const ast::Fragment& fragment : document.fragments) {
    if (context.fragment(fragment.name) != &fragment) continue;  // a duplicate, reported apart
    SelectionWalker(context, context.fragment_references[fragment.name]).fragment(fragment);
  }
}

}  // namespace lys::graphql
