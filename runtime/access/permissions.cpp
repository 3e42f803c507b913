#include "lys/access/permissions.h"

#include <algorithm>
#include <stdexcept>

namespace lys::access {

namespace {

using model::PrincipalKind;

bool has_role(const Session& session, std::string_view role) {
  return std::find(session.roles.begin(), session.roles.end(), role) != session.roles.end();
}

// What a principal, a rule or a set of rules requires of a row.
RowPredicate all() {
  return {RowPredicate::Kind::All, {}};
}
RowPredicate none() {
  return {RowPredicate::Kind::None, {}};
}
RowPredicate where(std::string sql) {
  return {RowPredicate::Kind::Where, std::move(sql)};
}
RowPredicate decided(bool admitted) {
  return admitted ? all() : none();
}

std::string quoted(std::string_view name) {
  return "\"" + std::string(name) + "\"";
}

std::string sql_string(std::string_view text) {
  std::string literal = "'";
  for (char c : text) literal += c == '\'' ? std::string("''") : std::string(1, c);
  return literal + "'";
}

class PredicateBuilder {
 public:
  PredicateBuilder(const model::Model& model, const model::Entity& entity, const Session& session,
                   std::string_view alias, SessionParams& params, const ArgumentParams& arguments)
      : model_(model),
        entity_(entity),
        session_(session),
        alias_(alias),
        params_(params),
        arguments_(arguments) {}

  RowPredicate rule(const model::Rule& rule, db::Dialect dialect) {
    RowPredicate who = none();
    std::vector<std::string> alternatives;
    for (const model::Principal& principal : rule.principals) {
      RowPredicate one = admits(principal);
      if (one.kind == RowPredicate::Kind::All) who = one;
      if (one.kind == RowPredicate::Kind::Where) alternatives.push_back(one.sql);
    }
    if (who.kind != RowPredicate::Kind::All && !alternatives.empty()) {
      who = where(joined(alternatives, " OR "));
    }
    const std::string& where_sql = rule.where_sql[static_cast<std::size_t>(dialect)];
    if (who.kind == RowPredicate::Kind::None || where_sql.empty()) return who;
    std::string condition = "(" + expand_template(where_sql, {alias_, &params_, arguments_}) + ")";
    if (who.kind == RowPredicate::Kind::All) return where(condition);
    return where("(" + who.sql + ") AND " + condition);
  }

 private:
  RowPredicate admits(const model::Principal& principal) {
    bool signed_in = session_.user_id.has_value();
    switch (principal.kind) {
      case PrincipalKind::Anonymous:
        return all();
      case PrincipalKind::Authenticated:
        if (!signed_in) return none();
        // The organization entity is its own tenant: anyone signed in may create one.
        if (entity_.tenant_field < 0 || is(model_.access.organization)) return all();
        return membership("");
      case PrincipalKind::Role:
        return decided(has_role(session_, principal.role));
      case PrincipalKind::OrgRole:
        return signed_in ? membership(principal.role) : none();
      case PrincipalKind::Owner:
        if (!signed_in || entity_.owner_field < 0) return none();
        return where(column(entity_.owner_field) + " = " + params_.user());
      case PrincipalKind::Internal:
        return decided(session_.internal);
      case PrincipalKind::Admin:
        return decided(has_role(session_, kAdminRole));
    }
    return none();
  }

  // The caller is a member of the row's tenant organization (holding `role`, unless
  // empty).
  RowPredicate membership(std::string_view role) {
    const model::AccessEntities& access = model_.access;
    if (entity_.tenant_field < 0 || access.membership < 0 || access.membership_user < 0 ||
        access.membership_organization < 0 || (!role.empty() && access.membership_role < 0)) {
      return none();
    }
    const model::Entity& membership = model_.entities[static_cast<std::size_t>(access.membership)];
    std::string m = std::string(alias_) + "_m";
    auto member_column = [&](int field) {
      return m + "." + quoted(membership.fields[static_cast<std::size_t>(field)].column);
    };
    std::string sql = "EXISTS (SELECT 1 FROM " + quoted(membership.table) + " " + m + " WHERE " +
                      member_column(access.membership_user) + " = " + params_.user() + " AND " +
                      member_column(access.membership_organization) + " = " +
                      column(entity_.tenant_field);
    if (!role.empty()) {
      sql += " AND " + member_column(access.membership_role) + " = " + sql_string(role);
    }
    // A membership never vouches for itself: a write checked after the fact would
    // otherwise admit whoever creates (or moves) one granting themselves a role.
    if (is(access.membership)) sql += " AND " + member_column(0) + " <> " + column(0);
    return where(sql + ")");
  }

  bool is(int entity_index) const {
    return entity_index >= 0 &&
           &model_.entities[static_cast<std::size_t>(entity_index)] == &entity_;
  }

  std::string column(int field) const {
    return std::string(alias_) + "." +
           quoted(entity_.fields[static_cast<std::size_t>(field)].column);
  }

  static std::string joined(const std::vector<std::string>& terms, std::string_view separator) {
    std::string text;
    for (const std::string& term : terms) {
      if (!text.empty()) text += separator;
      text += term;
    }
    return text;
  }

  const model::Model& model_;
  const model::Entity& entity_;
  const Session& session_;
  std::string_view alias_;
  SessionParams& params_;
  const ArgumentParams& arguments_;
};

}  // namespace

std::string RowPredicate::condition() const {
  switch (kind) {
    case Kind::All:
      return "";
    case Kind::None:
      return "1 = 0";
    case Kind::Where:
      return sql;
  }
  return "1 = 0";
}

RowPredicate row_predicate(const model::Model& model, const model::Entity& entity,
                           const std::vector<model::Rule>& rules, const Session& session,
                           std::string_view alias, db::Dialect dialect, SessionParams& params,
                           const ArgumentParams& arguments) {
  if (rules.empty()) return none();
  if (has_role(session, kAdminRole)) return all();
  PredicateBuilder builder(model, entity, session, alias, params, arguments);
  std::string sql;
  for (const model::Rule& rule : rules) {
    RowPredicate one = builder.rule(rule, dialect);
    if (one.kind == RowPredicate::Kind::All) return all();
    if (one.kind == RowPredicate::Kind::None) continue;
    sql += (sql.empty() ? "(" : " OR (") + one.sql + ")";
  }
  if (sql.empty()) return none();
  return where("(" + sql + ")");
}

bool admits_without_row(const std::vector<model::Rule>& rules, const Session& session) {
  // No row: no owner, no tenant; a condition cannot hold.
  struct NoValues final : SessionParams {
    std::string user() override { return "NULL"; }
    std::string organization() override { return "NULL"; }
  } no_values;
  static const model::Model kNoModel;
  static const model::Entity kNoRow;
  ArgumentParams no_arguments = [](std::size_t) { return std::string("NULL"); };
  return row_predicate(kNoModel, kNoRow, rules, session, "", db::Dialect::Sqlite, no_values,
                       no_arguments)
             .kind == RowPredicate::Kind::All;
}

model::Kind key_kind(const model::Model& model, int entity) {
  if (entity < 0) return model::Kind::Uuid;
  return model.entities[static_cast<std::size_t>(entity)].fields.front().kind;
}

std::string session_shape(const Session& session) {
  std::vector<std::string> roles = session.roles;
  std::sort(roles.begin(), roles.end());
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  std::string shape = session.user_id ? "user" : "anonymous";
  if (session.internal) shape += "+internal";
  for (const std::string& role : roles) shape += "," + role;
  return shape;
}

std::string expand_template(std::string_view text, const TemplateValues& values) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 2, "{{") == 0) {
      out += '{';
      ++i;
    } else if (text.compare(i, 5, "{row}") == 0) {
      out += values.row;
      i += 4;
    } else if (text.compare(i, 6, "{user}") == 0 && values.session != nullptr) {
      out += values.session->user();
      i += 5;
    } else if (text.compare(i, 5, "{org}") == 0 && values.session != nullptr) {
      out += values.session->organization();
      i += 4;
    } else if (text.compare(i, 5, "{arg:") == 0 && values.argument) {
      std::size_t close = text.find('}', i);
      if (close == std::string_view::npos) throw std::invalid_argument("unterminated {arg:N}");
      out += values.argument(std::stoul(std::string(text.substr(i + 5, close - i - 5))));
      i = close;
    } else if (text[i] == '{') {
      throw std::invalid_argument("unexpected placeholder in SQL template: " + std::string(text));
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace lys::access
