// Read permissions in the planner: every table access ANDs in the entity's read
// predicate, named queries their own rules too; the session's ids are bound.
#include "query/compiler.h"

namespace lys::query {

namespace {

std::string bind_id(StatementWriter& writer, const std::optional<std::string>& id,
                    model::Kind kind) {
  return writer.bind_placeholder(id ? db::Param(*id) : db::Param(nullptr), kind);
}

}  // namespace

Compiler::SessionBinding::SessionBinding(const model::Model& model, const access::Session& session,
                                         StatementWriter& writer)
    : user_(bind_id(writer, session.user_id, access::key_kind(model, model.access.user))),
      organization_(bind_id(writer, session.organization_id,
                            access::key_kind(model, model.access.organization))) {}

std::string Compiler::SessionBinding::user() {
  return user_;
}

std::string Compiler::SessionBinding::organization() {
  return organization_;
}

void Compiler::access_conditions(const model::Entity& entity, const std::string& alias,
                                 std::vector<std::string>& conditions) {
  allowed_rows(entity, entity.permissions.read, alias, conditions);
}

void Compiler::allowed_rows(const model::Entity& entity, const std::vector<model::Rule>& rules,
                            const std::string& alias, std::vector<std::string>& conditions,
                            const access::ArgumentParams& arguments) {
  // A predicate only adds text: what it could bind (the session's ids, a named query's
  // arguments) is bound up front. A plan-cache hit reuses the text and skips it.
  if (!w_.writing()) return;
  access::RowPredicate predicate = access::row_predicate(
      model_, entity, rules, session_, alias, sql_.dialect(), session_params_, arguments);
  if (predicate.kind != access::RowPredicate::Kind::All) {
    conditions.push_back(predicate.condition());
  }
}

}  // namespace lys::query
