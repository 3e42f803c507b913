#include "compiler/emit/graphql/inverse_connections.h"

#include <algorithm>

#include "compiler/emit/graphql/exposure.h"
#include "compiler/emit/graphql/type_mapping.h"

namespace lys::emit::graphql {

namespace {

bool is_inverse_source(const ir::Field& field) {
  return field.type.kind == ir::Type::Kind::Reference && is_exposed(field);
}

// Whether `target` already shows a field called `name` (its own fields; the
// business code of a parametric entity).
bool target_has_field(const ir::Entity& target, const std::string& name) {
  if (target.kind == ir::EntityKind::Parametric && name == "code") return true;
  return std::any_of(target.fields.begin(), target.fields.end(), [&](const ir::Field& field) {
    return is_exposed(field) && field.graphql_name == name;
  });
}

}  // namespace

InverseConnections::InverseConnections(const ir::Schema& schema) {
  for (const ir::Entity& source : schema.entities) {
    if (!is_exposed(source) || !allows(source, ir::Operation::Read)) continue;
    for (const ir::Field& field : source.fields) {
      if (!is_inverse_source(field)) continue;
      const ir::Entity* target = exposed_target(schema, field.type);
      if (target == nullptr) continue;
      by_target_[target->qualified].push_back({source.graphql_plural, &source, &field});
    }
  }
  for (auto& [qualified, connections] : by_target_) {
    const ir::Entity* target = schema.find_entity(qualified);
    for (InverseConnection& connection : connections) {
      auto from_same_source = std::count_if(
          connections.begin(), connections.end(),
          [&](const InverseConnection& other) { return other.source == connection.source; });
      if (from_same_source > 1 || target_has_field(*target, connection.field_name)) {
        connection.field_name += "By" + upper_camel(connection.reference->graphql_name);
      }
    }
  }
}

const std::vector<InverseConnection>& InverseConnections::of(const ir::Entity& target) const {
  auto found = by_target_.find(target.qualified);
  return found != by_target_.end() ? found->second : none_;
}

}  // namespace lys::emit::graphql
