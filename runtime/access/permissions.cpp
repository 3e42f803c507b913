#include "lys/access/permissions.h"

#include <algorithm>
#include <stdexcept>

namespace lys::access {

namespace {

using model::PrincipalKind;

bool has_role(const Session& session, std::string_view role) {
  return std::find(session.roles.begin(), session.roles.end(), role) != session.roles.end();
}

// What one principal or rule requires of a row: nothing, the impossible, or `sql`.
struct Requirement {
  enum class Kind { Always, Never, Where };
  Kind kind = Kind::Never;
  std::string sql;

  static Requirement always() { return {Kind::Always, {}}; }
  static Requirement never() { return {Kind::Never, {}}; }
  static Requirement where(std::string sql) { return {Kind::Where, std::move(sql)}; }
};

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
                   std::string_view alias, SessionParams& params)
      : model_(model), entity_(entity), session_(session), alias_(alias), params_(params) {}

  Requirement rule(const model::Rule& rule, db::Dialect dialect) {
    Requirement who = Requirement::never();
    std::vector<std::string> alternatives;
    for (const model::Principal& principal : rule.principals) {
      Requirement one = admits(principal);
      if (one.kind == Requirement::Kind::Always) who = one;
      if (one.kind == Requirement::Kind::Where) alternatives.push_back(one.sql);
    }
    if (who.kind != Requirement::Kind::Always && !alternatives.empty()) {
      who = Requirement::where(joined(alternatives, " OR "));
    }
    const std::string& where = rule.where_sql[static_cast<std::size_t>(dialect)];
    if (who.kind == Requirement::Kind::Never || where.empty()) return who;
    std::string condition = "(" + expand_template(where, {alias_, &params_, {}}) + ")";
    if (who.kind == Requirement::Kind::Always) return Requirement::where(condition);
    return Requirement::where("(" + who.sql + ") AND " + condition);
  }

 private:
  Requirement admits(const model::Principal& principal) {
    bool signed_in = session_.user_id.has_value();
    switch (principal.kind) {
      case PrincipalKind::Anonymous:
        return Requirement::always();
      case PrincipalKind::Authenticated:
        if (!signed_in) return Requirement::never();
        // The organization entity is its own tenant: anyone signed in may create one.
        if (entity_.tenant_field < 0 || is(model_.access.organization))
          return Requirement::always();
        return membership("");
      case PrincipalKind::Role:
        return has_role(session_, principal.role) ? Requirement::always() : Requirement::never();
      case PrincipalKind::OrgRole:
        return signed_in ? membership(principal.role) : Requirement::never();
      case PrincipalKind::Owner:
        if (!signed_in || entity_.owner_field < 0) return Requirement::never();
        return Requirement::where(column(entity_.owner_field) + " = " + params_.user());
      case PrincipalKind::Internal:
        return session_.internal ? Requirement::always() : Requirement::never();
      case PrincipalKind::Admin:
        return has_role(session_, kAdminRole) ? Requirement::always() : Requirement::never();
    }
    return Requirement::never();
  }

  // The caller is a member of the row's tenant organization (holding `role`, unless
  // empty).
  Requirement membership(std::string_view role) {
    const model::AccessEntities& access = model_.access;
    if (entity_.tenant_field < 0 || access.membership < 0 || access.membership_user < 0 ||
        access.membership_organization < 0 || (!role.empty() && access.membership_role < 0)) {
      return Requirement::never();
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
    return Requirement::where(sql + ")");
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
                           std::string_view alias, db::Dialect dialect, SessionParams& params) {
  if (rules.empty()) return {RowPredicate::Kind::None, {}};
  if (has_role(session, kAdminRole)) return {RowPredicate::Kind::All, {}};
  PredicateBuilder builder(model, entity, session, alias, params);
  std::string sql;
  for (const model::Rule& rule : rules) {
    Requirement requirement = builder.rule(rule, dialect);
    if (requirement.kind == Requirement::Kind::Always) return {RowPredicate::Kind::All, {}};
    if (requirement.kind == Requirement::Kind::Never) continue;
    sql += (sql.empty() ? "(" : " OR (") + requirement.sql + ")";
  }
  if (sql.empty()) return {RowPredicate::Kind::None, {}};
  return {RowPredicate::Kind::Where, "(" + sql + ")"};
}

bool admits_without_row(const std::vector<model::Rule>& rules, const Session& session) {
  // No row: no owner, no tenant; a condition cannot hold.
  struct NoValues final : SessionParams {
    std::string user() override { return "NULL"; }
    std::string organization() override { return "NULL"; }
  } no_values;
  static const model::Model kNoModel;
  static const model::Entity kNoRow;
  return row_predicate(kNoModel, kNoRow, rules, session, "", db::Dialect::Sqlite, no_values).kind ==
         RowPredicate::Kind::All;
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
