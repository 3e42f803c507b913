#include "graphql/collect_fields.h"

#include <algorithm>

namespace lys::graphql {

SelectionBuilder::SelectionBuilder(const Schema& schema, const ast::Document& document,
                                   const VariableValues& variables, std::vector<Error>& errors,
                                   CollectLimits limits)
    : schema_(schema),
      document_(document),
      variables_(variables),
      errors_(errors),
      limits_(limits) {}

std::vector<FieldSelection> SelectionBuilder::root_fields(
    const NamedType& root, const std::vector<ast::Selection>& selections) {
  return fields_for(root, {&selections}, 0);
}

bool SelectionBuilder::too_complex(std::size_t depth) {
  if (exceeded_) return true;
  if (depth > limits_.max_depth || field_count_ > limits_.max_fields) {
    exceeded_ = true;
    errors_.push_back(
        {depth > limits_.max_depth
             ? "The operation nests fields deeper than " + std::to_string(limits_.max_depth) +
                   " levels."
             : "The operation selects more than " + std::to_string(limits_.max_fields) + " fields.",
         "TOO_COMPLEX",
         {},
         {},
         {}});
  }
  return exceeded_;
}

std::vector<FieldSelection> SelectionBuilder::fields_for(const NamedType& object,
                                                         const SelectionSets& sets,
                                                         std::size_t depth) {
  Grouped grouped;
  std::vector<std::string> visited;
  for (const auto* selections : sets) collect(object, *selections, visited, grouped, depth);
  std::vector<FieldSelection> fields;
  for (const auto& [key, group] : grouped.groups) {
    if (too_complex(depth)) break;
    fields.push_back(build_field(object, key, group, depth + 1));
  }
  return fields;
}

void SelectionBuilder::collect(const NamedType& object,
                               const std::vector<ast::Selection>& selections,
                               std::vector<std::string>& visited, Grouped& grouped,
                               std::size_t depth) {
  if (too_complex(depth)) return;
  for (const ast::Selection& selection : selections) {
    if (!included(selection.directives)) continue;
    switch (selection.kind) {
      case ast::Selection::Kind::Field: {
        auto [entry, added] =
            grouped.index.emplace(selection.response_key(), grouped.groups.size());
        if (added)
          grouped.groups.emplace_back(selection.response_key(),
                                      std::vector<const ast::Selection*>{});
        grouped.groups[entry->second].second.push_back(&selection);
        break;
      }
      case ast::Selection::Kind::InlineFragment:
        if (selection.type_condition.empty() || applies(object, selection.type_condition)) {
          collect(object, selection.selections, visited, grouped, depth + 1);
        }
        break;
      case ast::Selection::Kind::FragmentSpread: {
        if (std::find(visited.begin(), visited.end(), selection.name) != visited.end()) break;
        visited.push_back(selection.name);
        const ast::Fragment* fragment = document_.fragment(selection.name);
        if (fragment != nullptr && applies(object, fragment->type_condition)) {
          collect(object, fragment->selections, visited, grouped, depth + 1);
        }
        break;
      }
    }
  }
}

bool SelectionBuilder::included(const std::vector<ast::Directive>& directives) {
  for (const ast::Directive& directive : directives) {
    if (directive.name != "skip" && directive.name != "include") continue;
    if (names_variable(directive.arguments)) conditions_name_variables_ = true;
    const DirectiveDefinition* definition = schema_.directive(directive.name);
    auto arguments = coerce_arguments(schema_, definition->arguments, directive.arguments,
                                      variables_, directive.location, errors_);
    bool condition = !arguments.empty() && arguments.front().value.boolean;
    if (directive.name == "skip" ? condition : !condition) return false;
  }
  return true;
}

bool SelectionBuilder::applies(const NamedType& object, const std::string& type_condition) const {
  const NamedType* type = schema_.type(type_condition);
  return type != nullptr && schema_.is_possible(*type, object);
}

FieldSelection SelectionBuilder::build_field(const NamedType& object, const std::string& key,
                                             const std::vector<const ast::Selection*>& nodes,
                                             std::size_t depth) {
  const std::size_t rank = field_count_++;
  const ast::Selection& first = *nodes.front();
  FieldSelection field;
  field.response_key = key;
  field.name = first.name;
  field.location = first.location;
  const FieldDefinition* definition = schema_.field(object, first.name);
  if (definition == nullptr) return field;  // validation rules this out
  if (names_variable(first.arguments)) {
    variable_arguments_.push_back({rank, &definition->arguments, &first.arguments, first.location});
  }
  field.arguments = coerce_arguments(schema_, definition->arguments, first.arguments, variables_,
                                     first.location, errors_);
  const NamedType* type = schema_.type(definition->type.named_type());
  if (type == nullptr || !type->is_composite()) return field;
  SelectionSets sets;
  for (const ast::Selection* node : nodes) sets.push_back(&node->selections);
  for (const NamedType* possible : schema_.possible_objects(*type)) {
    field.selection.by_type.push_back({possible->name, fields_for(*possible, sets, depth)});
    if (exceeded_) break;
  }
  return field;
}

}  // namespace lys::graphql
