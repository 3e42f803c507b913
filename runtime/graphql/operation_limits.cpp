#include "graphql/operation_limits.h"

#include <algorithm>
#include <limits>
#include <string>

namespace lys::graphql {

namespace {

// Far above any limit, far below overflow: costs saturate here.
constexpr std::int64_t kCostCeiling = std::int64_t{1} << 40;

std::int64_t saturating_cost(std::int64_t multiplier, std::int64_t subtree) {
  if (multiplier != 0 && subtree > kCostCeiling / multiplier) return kCostCeiling;
  return std::min(kCostCeiling, 1 + multiplier * subtree);
}

bool is_list(const ast::TypeRef& type) {
  return type.kind == ast::TypeRef::Kind::List ||
         (type.non_null() && type.inner().kind == ast::TypeRef::Kind::List);
}

class Measurer {
 public:
  Measurer(const Schema& schema, const QueryLimits& limits) : schema_(schema), limits_(limits) {}

  struct Subtree {
    std::int64_t cost = 0;
    std::size_t aliases = 0;
  };

  // The fields selected on one object of type `parent`, `depth` fields deep.
  Subtree fields(const NamedType* parent, const std::vector<FieldSelection>& selections,
                 std::size_t depth) {
    Subtree total;
    for (const FieldSelection& field : selections) {
      if (field.name.starts_with("__") && !field.selection.empty()) continue;  // introspection
      if (field.response_key != field.name) ++total.aliases;
      if (field.selection.empty()) continue;
      path_.push_back(&field);
      Subtree below = selection(parent, field, depth + 1);
      path_.pop_back();
      total.cost = std::min(kCostCeiling, total.cost + below.cost);
      total.aliases += below.aliases;
    }
    return total;
  }

  OperationSize size;

 private:
  // A field with a selection set: its own cost 1, plus its subtree times how many
  // objects it yields. An abstract field counts its most expensive possible type.
  Subtree selection(const NamedType* parent, const FieldSelection& field, std::size_t depth) {
    size.depth = std::max(size.depth, depth);
    const FieldDefinition* definition =
        parent != nullptr ? schema_.field(*parent, field.name) : nullptr;
    Subtree widest;
    for (const TypeSelection& type : field.selection.by_type) {
      Subtree one = fields(schema_.type(type.type_name), type.fields, depth);
      widest.cost = std::max(widest.cost, one.cost);
      widest.aliases = std::max(widest.aliases, one.aliases);
    }
    widest.cost = saturating_cost(multiplier(definition, field), widest.cost);
    return widest;
  }

  // A connection yields a page; a list with a list argument (`nodes(ids:)`) one object
  // per element; anything else, edges and nodes within a page included, one.
  std::int64_t multiplier(const FieldDefinition* definition, const FieldSelection& field) {
    if (definition == nullptr) return 1;
    if (definition->argument("first") != nullptr || definition->argument("last") != nullptr) {
      return page_size(field);
    }
    if (!is_list(definition->type)) return 1;
    std::int64_t longest = 1;
    for (const auto& [name, value] : field.arguments) {
      if (value.kind == Value::Kind::List) {
        longest = std::max(longest, static_cast<std::int64_t>(value.list.size()));
      }
    }
    return longest;
  }

  std::int64_t page_size(const FieldSelection& field) {
    for (const char* name : {"first", "last"}) {
      const Value* value = field.argument(name);
      if (value == nullptr || value->is_null()) continue;
      if (value->integer > limits_.max_page_size) oversize(name);
      return std::clamp<std::int64_t>(value->integer, 0, limits_.max_page_size);
    }
    return limits_.default_page_size;
  }

  void oversize(const std::string& argument) {
    if (size.oversized_page) return;
    Error error{"'" + argument + "' must be at most " + std::to_string(limits_.max_page_size),
                "BAD_USER_INPUT",
                {path_.back()->location},
                {},
                {{"field", argument}}};
    for (const FieldSelection* field : path_) error.path.emplace_back(field->response_key);
    size.oversized_page = std::move(error);
  }

  const Schema& schema_;
  const QueryLimits& limits_;
  std::vector<const FieldSelection*> path_;
};

Error too_complex(std::string message) {
  return {std::move(message), "TOO_COMPLEX", {}, {}, {}};
}

bool above(std::size_t value, std::size_t limit) {
  return limit != 0 && value > limit;
}

}  // namespace

OperationSize measure_operation(const Schema& schema, const NamedType& root,
                                const std::vector<FieldSelection>& fields,
                                const QueryLimits& limits) {
  Measurer measurer(schema, limits);
  Measurer::Subtree total = measurer.fields(&root, fields, 0);
  measurer.size.cost = total.cost;
  measurer.size.aliases = total.aliases;
  return std::move(measurer.size);
}

std::optional<Error> limit_exceeded(const Schema& schema, const NamedType& root,
                                    const std::vector<FieldSelection>& fields,
                                    const QueryLimits& limits) {
  OperationSize size = measure_operation(schema, root, fields, limits);
  if (size.oversized_page) return std::move(size.oversized_page);
  if (above(size.depth, limits.max_depth)) {
    return too_complex("The operation nests " + std::to_string(size.depth) +
                       " levels of fields; at most " + std::to_string(limits.max_depth) +
                       " are allowed.");
  }
  if (above(size.aliases, limits.max_aliases)) {
    return too_complex("The operation uses " + std::to_string(size.aliases) + " aliases; at most " +
                       std::to_string(limits.max_aliases) + " are allowed.");
  }
  if (limits.max_cost != 0 && size.cost > limits.max_cost) {
    return too_complex("The operation's cost is " + std::to_string(size.cost) + "; at most " +
                       std::to_string(limits.max_cost) + " is allowed.");
  }
  return std::nullopt;
}

}  // namespace lys::graphql
