// Field selection merging (§5.3.2, OverlappingFieldsCanBeMerged): fields with the same
// response key in one selection set, fragments included, must be the same field with
// the same arguments (unless their parents are distinct object types) and return
// types of the same shape, recursively. Each pair of field nodes is compared once, and
// the comparisons and the selections collected for them share one budget, so crafted
// documents (one field many times, long chains of fragments) cannot make this
// quadratic in time without bound.
#include <map>
#include <set>
#include <tuple>

#include "graphql/validation_context.h"

namespace lys::graphql {

namespace {

constexpr std::size_t kBudget = 100'000;  // comparisons and selections collected

struct FieldEntry {
  const NamedType* parent = nullptr;  // null when the fragment's type is unknown
  const ast::Selection* node = nullptr;
  const FieldDefinition* definition = nullptr;
};

using FieldMap = std::map<std::string, std::vector<FieldEntry>>;

bool same_arguments(const ast::Selection& a, const ast::Selection& b) {
  if (a.arguments.size() != b.arguments.size()) return false;
  for (const ast::Argument& argument : a.arguments) {
    bool matched = false;
    for (const ast::Argument& other : b.arguments) {
      if (other.name == argument.name) {
        matched = print_value(other.value) == print_value(argument.value);
      }
    }
    if (!matched) return false;
  }
  return true;
}

class MergeChecker {
 public:
  explicit MergeChecker(ValidationContext& context)
      : context_(context), schema_(context.schema()) {}

  void run() {
    for (const ast::Operation& operation : context_.document().operations) {
      visit(schema_.root_type(operation.type), operation.selections);
    }
    for (const ast::Fragment& fragment : context_.document().fragments) {
      visit(schema_.type(fragment.type_condition), fragment.selections);
    }
  }

 private:
  // Checks one selection set, then the selection sets nested in it (named fragments are
  // checked as definitions of their own).
  void visit(const NamedType* parent, const std::vector<ast::Selection>& selections) {
    if (parent == nullptr || exhausted_) return;
    FieldMap fields;
    std::set<std::string> visited;
    collect(parent, selections, fields, visited);
    for (const auto& [key, entries] : fields) {
      for (std::size_t i = 0; i < entries.size() && !exhausted_; ++i) {
        for (std::size_t j = i + 1; j < entries.size() && !exhausted_; ++j) {
          compare(entries[i], entries[j], false);
        }
      }
    }
    for (const ast::Selection& selection : selections) {
      if (selection.kind == ast::Selection::Kind::Field) {
        const FieldDefinition* definition = schema_.field(*parent, selection.name);
        if (definition != nullptr) {
          visit(schema_.type(definition->type.named_type()), selection.selections);
        }
      } else if (selection.kind == ast::Selection::Kind::InlineFragment) {
        visit(selection.type_condition.empty() ? parent : schema_.type(selection.type_condition),
              selection.selections);
      }
    }
  }

  void collect(const NamedType* parent, const std::vector<ast::Selection>& selections,
               FieldMap& fields, std::set<std::string>& visited) {
    for (const ast::Selection& selection : selections) {
      if (!spend()) return;
      switch (selection.kind) {
        case ast::Selection::Kind::Field:
          fields[selection.response_key()].push_back(
              {parent, &selection,
               parent == nullptr ? nullptr : schema_.field(*parent, selection.name)});
          break;
        case ast::Selection::Kind::InlineFragment:
          collect(
              selection.type_condition.empty() ? parent : schema_.type(selection.type_condition),
              selection.selections, fields, visited);
          break;
        case ast::Selection::Kind::FragmentSpread:
          if (!visited.insert(selection.name).second) break;
          if (const ast::Fragment* fragment = context_.fragment(selection.name)) {
            collect(schema_.type(fragment->type_condition), fragment->selections, fields, visited);
          }
          break;
      }
    }
  }

  bool spend() {
    if (exhausted_) return false;
    if (++spent_ > kBudget) {
      exhausted_ = true;
      context_.report("The document is too complex to check that its fields can be merged.", {});
      return false;
    }
    return true;
  }

  void compare(const FieldEntry& a, const FieldEntry& b, bool parents_exclusive) {
    // Once the budget is spent, neither compare nor remember: a pair remembered costs
    // memory, and a crafted document has millions of them.
    if (exhausted_ || a.node == b.node) return;
    bool exclusive = parents_exclusive ||
                     (a.parent != nullptr && b.parent != nullptr && a.parent != b.parent &&
                      a.parent->kind == TypeKind::Object && b.parent->kind == TypeKind::Object);
    auto pair = a.node < b.node ? std::make_tuple(a.node, b.node, exclusive)
                                : std::make_tuple(b.node, a.node, exclusive);
    if (!compared_.insert(pair).second || !spend()) return;
    if (!exclusive) {
      if (a.node->name != b.node->name) {
        conflict(a, b,
                 "\"" + a.node->name + "\" and \"" + b.node->name + "\" are different fields");
        return;
      }
      if (!same_arguments(*a.node, *b.node)) {
        conflict(a, b, "they have differing arguments");
        return;
      }
    }
    if (a.definition != nullptr && b.definition != nullptr &&
        types_conflict(a.definition->type, b.definition->type)) {
      conflict(a, b,
               "they return conflicting types \"" + type_to_string(a.definition->type) +
                   "\" and \"" + type_to_string(b.definition->type) + "\"");
      return;
    }
    if (a.definition == nullptr || b.definition == nullptr) return;
    FieldMap a_fields;
    FieldMap b_fields;
    std::set<std::string> a_visited;
    std::set<std::string> b_visited;
    collect(schema_.type(a.definition->type.named_type()), a.node->selections, a_fields, a_visited);
    collect(schema_.type(b.definition->type.named_type()), b.node->selections, b_fields, b_visited);
    for (const auto& [key, a_entries] : a_fields) {
      auto match = b_fields.find(key);
      if (match == b_fields.end()) continue;
      for (const FieldEntry& x : a_entries) {
        for (const FieldEntry& y : match->second) {
          if (exhausted_) return;
          compare(x, y, exclusive);
        }
      }
    }
  }

  // Spec SameResponseShape, for the types alone: lists and non-null must line up and
  // leaves must be the same type.
  bool types_conflict(const ast::TypeRef& a, const ast::TypeRef& b) const {
    if (a.kind != b.kind) return true;
    if (a.kind != ast::TypeRef::Kind::Named) return types_conflict(a.inner(), b.inner());
    const NamedType* a_type = schema_.type(a.name);
    const NamedType* b_type = schema_.type(b.name);
    if (a_type == nullptr || b_type == nullptr) return false;
    if (a_type->is_leaf() || b_type->is_leaf()) return a_type != b_type;
    return false;
  }

  void conflict(const FieldEntry& a, const FieldEntry& b, const std::string& reason) {
    context_.report("Fields \"" + a.node->response_key() + "\" conflict because " + reason +
                        ". Use different aliases on the fields to fetch both if this was "
                        "intentional.",
                    {a.node->location, b.node->location});
  }

  ValidationContext& context_;
  const Schema& schema_;
  std::set<std::tuple<const ast::Selection*, const ast::Selection*, bool>> compared_;
  std::size_t spent_ = 0;
  bool exhausted_ = false;
};

}  // namespace

void validate_field_merging(ValidationContext& context) {
  MergeChecker(context).run();
}

}  // namespace lys::graphql
