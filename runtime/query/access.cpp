// Read permissions in the planner: every table access ANDs in the entity's read
// predicate, named queries their own rules too; the session's ids are bound.
#include "query/compiler.h"

namespace lys::query {

Compiler::SessionBinding::SessionBinding(const model::Model& model, const access::Session& session,
                                         StatementWriter& writer)
    : model_(model), session_(session), w_(writer) {}

std::string Compiler::SessionBinding::user() {
  return bind(user_, session_.user_id, model_.access.user);
}

std::string Compiler::SessionBinding::organization() {
  return bind(organization_, session_.organization_id, model_.access.organization);
}

std::string Compiler::SessionBinding::bind(std::optional<std::string>& placeholder,
                                           const std::optional<std::string>& id, int entity) {
  if (!placeholder) {
    db::Param value = id ? db::Param(*id) : db::Param(nullptr);
    placeholder = w_.bind_placeholder(std::move(value), access::key_kind(model_, entity));
  }
  return *placeholder;
}

void Compiler::access_conditions(const model::Entity& entity, const std::string& alias,
                                 std::vector<std::string>& conditions) {
  allowed_rows(entity, entity.permissions.read, alias, conditions);
}

void Compiler::allowed_rows(const model::Entity& entity, const std::vector<model::Rule>& rules,
                            const std::string& alias, std::vector<std::string>& conditions,
                            const access::ArgumentParams& arguments) {
  access::RowPredicate predicate = access::row_predicate(
      model_, entity, rules, session_, alias, sql_.dialect(), session_params_, arguments);
  if (predicate.kind != access::RowPredicate::Kind::All) {
    conditions.push_back(predicate.condition());
  }
}

}  // namespace lys::query
