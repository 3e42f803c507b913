#include "api/mutation_access.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>
#include <stdexcept>

#include "api/mutation_error.h"

namespace lys::api {

namespace {

// Binds the session's ids as parameters of a write statement, once each.
class StatementSessionParams final : public access::SessionParams {
 public:
  StatementSessionParams(const model::Model& model, const access::Session& session,
                         db::Dialect dialect, Statement& statement)
      : model_(model), session_(session), dialect_(dialect), statement_(statement) {}

  std::string user() override { return bind(user_, session_.user_id, model_.access.user); }
  std::string organization() override {
    return bind(organization_, session_.organization_id, model_.access.organization);
  }

 private:
  std::string bind(std::optional<std::string>& placeholder, const std::optional<std::string>& id,
                   int entity) {
    if (!placeholder) {
      statement_.params.push_back(id ? db::Param(*id) : db::Param(nullptr));
      placeholder = fmt::format("${}", statement_.params.size());
      // Typed, so that PostgreSQL knows it even where the SQL does not say (IS NULL).
      if (dialect_ == db::Dialect::Postgres) {
        *placeholder += access::key_kind(model_, entity) == model::Kind::Uuid ? "::uuid" : "::text";
      }
    }
    return *placeholder;
  }

  const model::Model& model_;
  const access::Session& session_;
  db::Dialect dialect_;
  Statement& statement_;
  std::optional<std::string> user_;
  std::optional<std::string> organization_;
};

// The rules, keeping only the principals that name their holders.
std::vector<model::Rule> rules_naming_their_holders(const std::vector<model::Rule>& rules) {
  std::vector<model::Rule> kept;
  for (const model::Rule& rule : rules) {
    model::Rule naming = rule;
    std::erase_if(naming.principals, [](const model::Principal& principal) {
      return principal.kind == model::PrincipalKind::Anonymous ||
             principal.kind == model::PrincipalKind::Authenticated ||
             principal.kind == model::PrincipalKind::Owner;
    });
    if (!naming.principals.empty()) kept.push_back(std::move(naming));
  }
  return kept;
}

}  // namespace

RowRestriction WriteAccess::allowed_rows(std::vector<const std::vector<model::Rule>*> rule_sets,
                                         db::Dialect dialect) const {
  return [this, rule_sets = std::move(rule_sets), dialect](Statement& statement) {
    std::string restriction;
    for (const std::vector<model::Rule>* rules : rule_sets) {
      // Each rule set binds its own parameters, dropped again when its predicate turns
      // out constant: a statement must use every parameter it binds.
      std::size_t params_before = statement.params.size();
      StatementSessionParams params(*model, *session, dialect, statement);
      std::map<std::size_t, std::string> bound;
      access::ArgumentParams argument = [&](std::size_t index) {
        if (arguments == nullptr || index >= arguments->size()) {
          throw std::invalid_argument("{arg:N} out of range");
        }
        auto [it, inserted] = bound.try_emplace(index);
        if (inserted) {
          statement.params.push_back((*arguments)[index]);
          it->second = fmt::format("${}", statement.params.size());
        }
        return it->second;
      };
      access::RowPredicate predicate = access::row_predicate(
          *model, *entity, *rules, *session, entity->table, dialect, params, argument);
      if (predicate.kind != access::RowPredicate::Kind::Where) {
        statement.params.erase(
            statement.params.begin() + static_cast<std::ptrdiff_t>(params_before),
            statement.params.end());
      }
      if (predicate.kind != access::RowPredicate::Kind::All) {
        restriction += " AND " + predicate.condition();
      }
    }
    return restriction;
  };
}

bool WriteAccess::may_ever(const std::vector<model::Rule>& rules) const {
  // Only whether some rule can hold matters here, not the values.
  Statement unused;
  StatementSessionParams params(*model, *session, db::Dialect::Sqlite, unused);
  access::ArgumentParams argument = [](std::size_t) { return std::string("NULL"); };
  return access::row_predicate(*model, *entity, rules, *session, entity->table, db::Dialect::Sqlite,
                               params, argument)
             .kind != access::RowPredicate::Kind::None;
}

void WriteAccess::require_row(db::Connection& connection, const std::vector<model::Rule>& rules,
                              std::string_view key) const {
  Statement check;
  check.params.emplace_back(std::string(key));
  std::string restricted = allowed_rows({&rules}, connection.dialect())(check);
  if (restricted.empty()) return;
  const std::string& key_column = entity->fields.front().column;
  check.sql = fmt::format("SELECT 1 FROM {} WHERE {}.{} = $1{}", entity->table, entity->table,
                          key_column, restricted);
  if (connection.query(check.sql, check.params).empty()) {
    throw_forbidden(fmt::format("not allowed to write this {}", entity->graphql_name));
  }
}

void WriteAccess::require_owner_assignable(db::Connection& connection,
                                           const std::vector<model::Rule>& rules,
                                           std::string_view key, const InputRow& columns) const {
  if (entity->owner_field < 0) return;
  const model::Field& owner = entity->fields[static_cast<std::size_t>(entity->owner_field)];
  auto assigned = std::find_if(columns.begin(), columns.end(), [&](const ColumnValue& column) {
    return column.column == owner.column;
  });
  if (assigned == columns.end()) return;
  const auto* owner_id = std::get_if<std::string>(&assigned->value);
  if (owner_id != nullptr && session->user_id == *owner_id) return;
  const auto& roles = session->roles;
  if (std::find(roles.begin(), roles.end(), access::kAdminRole) != roles.end()) return;
  std::vector<model::Rule> naming = rules_naming_their_holders(rules);
  if (naming.empty() || !may_ever(naming)) {
    throw_forbidden(fmt::format("not allowed to set '{}'", owner.graphql_name));
  }
  try {
    require_row(connection, naming, key);
  } catch (const MutationError&) {
    throw_forbidden(fmt::format("not allowed to set '{}'", owner.graphql_name));
  }
}

}  // namespace lys::api
