#include "compiler/emit/graphql/exposure.h"

#include <algorithm>

namespace lys::emit::graphql {

bool is_exposed(const ir::Entity& entity) {
  return !entity.hidden;
}

bool is_exposed(const ir::Field& field) {
  return !field.hidden;
}

bool allows(const ir::Entity& entity, ir::Operation operation) {
  return std::any_of(entity.rules.begin(), entity.rules.end(),
                     [&](const ir::Rule& rule) { return rule.operation == operation; });
}

const ir::Entity* exposed_target(const ir::Schema& schema, const ir::Type& type) {
  if (type.kind != ir::Type::Kind::Reference) return nullptr;
  const ir::Entity* target = schema.find_entity(type.target);
  return target != nullptr && is_exposed(*target) ? target : nullptr;
}

bool is_listed(const ir::Schema& schema, const ir::Entity& entity) {
  if (!is_exposed(entity)) return false;
  if (allows(entity, ir::Operation::Read)) return true;
  return std::any_of(
      schema.operations.begin(), schema.operations.end(), [&](const ir::NamedOperation& operation) {
        return operation.kind == ir::OperationKind::Query && !operation.rules.empty() &&
               operation.result_shape == ir::ResultShape::Connection &&
               operation.result_type.target == entity.qualified;
      });
}

bool is_settable(const ir::Field& field) {
  if (!is_exposed(field) || field.readonly) return false;
  return field.implicit == ir::ImplicitField::None || field.implicit == ir::ImplicitField::Enabled;
}

bool takes_password(const ir::Entity& entity) {
  const ir::Field* hash = entity.find_field("password_hash");
  return entity.role == ir::EntityRole::User && hash != nullptr && hash->hidden;
}

}  // namespace lys::emit::graphql
