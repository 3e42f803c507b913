// The rules over the whole document, from the references the selection walk
// recorded: executable definitions (§5.1.1), operation and fragment names (§5.2.1-2,
// §5.5.1.1), fragments used and acyclic (§5.5.1.4, §5.5.2.2), and the variable rules
// (§5.8.1, §5.8.3-5).
#include <functional>
#include <map>
#include <set>

#include "graphql/validation_context.h"

namespace lys::graphql {

namespace {

std::string quoted(const std::string& text) {
  return "\"" + text + "\"";
}

class DefinitionRules {
 public:
  explicit DefinitionRules(ValidationContext& context)
      : context_(context), document_(context.document()) {}

  void run() {
    executable_definitions();
    operation_names();
    fragment_names();
    fragment_cycles();
    for (std::size_t i = 0; i < document_.operations.size(); ++i) operation_variables(i);
    unused_fragments();
  }

 private:
  void executable_definitions() {
    for (const auto& [name, location] : document_.type_system) {
      context_.report(name == "schema" ? "The schema definition is not executable."
                                       : "The " + quoted(name) + " definition is not executable.",
                      {location});
    }
  }

  void operation_names() {
    std::map<std::string, const ast::Operation*> seen;
    for (const ast::Operation& operation : document_.operations) {
      if (operation.name.empty()) {
        if (document_.operations.size() > 1) {
          context_.report("This anonymous operation must be the only defined operation.",
                          {operation.location});
        }
        continue;
      }
      auto [previous, inserted] = seen.emplace(operation.name, &operation);
      if (!inserted) {
        context_.report("There can be only one operation named " + quoted(operation.name) + ".",
                        {previous->second->location, operation.location});
      }
    }
  }

  void fragment_names() {
    for (const ast::Fragment& fragment : document_.fragments) {
      const ast::Fragment* first = context_.fragment(fragment.name);
      if (first != &fragment) {
        context_.report("There can be only one fragment named " + quoted(fragment.name) + ".",
                        {first->location, fragment.location});
      }
    }
  }

  const DefinitionReferences* references_of(const std::string& fragment) const {
    auto found = context_.fragment_references.find(fragment);
    return found == context_.fragment_references.end() ? nullptr : &found->second;
  }

  // Depth-first search over spreads, reporting each cycle once (graphql-js's
  // NoFragmentCycles): the path of spreads leading back to the fragment.
  void fragment_cycles() {
    std::set<std::string> visited;
    std::vector<const ast::Selection*> path;
    std::map<std::string, std::size_t> index_in_path;
    std::function<void(const std::string&)> visit = [&](const std::string& name) {
      if (!visited.insert(name).second) return;
      const DefinitionReferences* references = references_of(name);
      if (references == nullptr) return;
      index_in_path[name] = path.size();
      for (const ast::Selection* spread : references->spreads) {
        auto cycle_start = index_in_path.find(spread->name);
        path.push_back(spread);
        if (cycle_start == index_in_path.end()) {
          visit(spread->name);
        } else {
          report_cycle(spread->name, path, cycle_start->second);
        }
        path.pop_back();
      }
      index_in_path.erase(name);
    };
    for (const ast::Fragment& fragment : document_.fragments) visit(fragment.name);
  }

  void report_cycle(const std::string& name, const std::vector<const ast::Selection*>& path,
                    std::size_t start) {
    std::string via;
    std::vector<Location> locations;
    for (std::size_t i = start; i < path.size(); ++i) {
      locations.push_back(path[i]->location);
      if (i + 1 < path.size()) via += (via.empty() ? " via " : ", ") + quoted(path[i]->name);
    }
    context_.report("Cannot spread fragment " + quoted(name) + " within itself" + via + ".",
                    std::move(locations));
  }

  // The fragments an operation reaches through spreads, transitively.
  std::vector<const DefinitionReferences*> reachable(const DefinitionReferences& root,
                                                     std::set<std::string>& names) const {
    std::vector<const DefinitionReferences*> result{&root};
    for (std::size_t next = 0; next < result.size(); ++next) {
      for (const ast::Selection* spread : result[next]->spreads) {
        if (!names.insert(spread->name).second) continue;
        if (const DefinitionReferences* references = references_of(spread->name)) {
          result.push_back(references);
        }
      }
    }
    return result;
  }

  void operation_variables(std::size_t index) {
    const ast::Operation& operation = document_.operations[index];
    std::map<std::string, const ast::VariableDefinition*> defined;
    for (const ast::VariableDefinition& variable : operation.variables) {
      if (!defined.emplace(variable.name, &variable).second) {
        context_.report("There can be only one variable named \"$" + variable.name + "\".",
                        {defined[variable.name]->location, variable.location});
      }
    }
    std::set<std::string> used;
    std::set<std::string> fragments;
    for (const DefinitionReferences* references :
         reachable(context_.operation_references[index], fragments)) {
      for (const VariableUsage& usage : references->variables) {
        used.insert(usage.name);
        auto definition = defined.find(usage.name);
        if (definition == defined.end()) {
          context_.report(
              "Variable \"$" + usage.name + "\" is not defined" +
                  (operation.name.empty() ? "" : " by operation " + quoted(operation.name)) + ".",
              {usage.location, operation.location});
        } else {
          check_usage(usage, *definition->second);
        }
      }
    }
    for (const ast::VariableDefinition& variable : operation.variables) {
      if (used.count(variable.name) == 0) {
        context_.report(
            "Variable \"$" + variable.name + "\" is never used" +
                (operation.name.empty() ? "" : " in operation " + quoted(operation.name)) + ".",
            {variable.location});
      }
    }
    reached_fragments_.insert(fragments.begin(), fragments.end());
  }

  // Spec IsVariableUsageAllowed (§5.8.5).
  void check_usage(const VariableUsage& usage, const ast::VariableDefinition& definition) {
    if (usage.expected == nullptr) return;
    const Schema& schema = context_.schema();
    const NamedType* type = schema.type(definition.type.named_type());
    if (type == nullptr || !type->is_input()) return;  // reported with the definition
    const ast::TypeRef* expected = usage.expected;
    if (expected->non_null() && !definition.type.non_null()) {
      bool has_default = definition.default_value.has_value() &&
                         definition.default_value->kind != ast::ValueNode::Kind::Null;
      if (!has_default && !usage.position_has_default) {
        report_bad_usage(usage, definition);
        return;
      }
      expected = &expected->inner();
    }
    if (!schema.is_subtype(definition.type, *expected)) report_bad_usage(usage, definition);
  }

  void report_bad_usage(const VariableUsage& usage, const ast::VariableDefinition& definition) {
    context_.report(
        "Variable \"$" + usage.name + "\" of type " + quoted(type_to_string(definition.type)) +
            " used in position expecting type " + quoted(type_to_string(*usage.expected)) + ".",
        {definition.location, usage.location});
  }

  void unused_fragments() {
    for (const ast::Fragment& fragment : document_.fragments) {
      if (reached_fragments_.count(fragment.name) == 0) {
        context_.report("Fragment " + quoted(fragment.name) + " is never used.",
                        {fragment.location});
      }
    }
  }

  ValidationContext& context_;
  const ast::Document& document_;
  std::set<std::string> reached_fragments_;
};

}  // namespace

void validate_definitions(ValidationContext& context) {
  DefinitionRules(context).run();
}

}  // namespace lys::graphql
