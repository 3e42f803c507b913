// Permission rules and SQL templates of cpp/model.cpp.
#include "compiler/emit/cpp/cpp_text.h"
#include "compiler/emit/cpp/model_generator.h"
#include "compiler/emit/sql/operation_template.h"
#include "compiler/emit/sql/sql_renderer.h"

namespace lys::emit::cpp {

namespace {

std::string principal_kind(ir::Principal::Kind kind) {
  switch (kind) {
    case ir::Principal::Kind::Anonymous:
      return "Anonymous";
    case ir::Principal::Kind::Authenticated:
      return "Authenticated";
    case ir::Principal::Kind::Role:
      return "Role";
    case ir::Principal::Kind::OrgRole:
      return "OrgRole";
    case ir::Principal::Kind::Owner:
      return "Owner";
    case ir::Principal::Kind::Internal:
      return "Internal";
    case ir::Principal::Kind::Admin:
      return "Admin";
  }
  return "Anonymous";
}

std::string principal(const ir::Principal& principal) {
  std::string kind = "PrincipalKind::" + principal_kind(principal.kind);
  if (principal.role.empty()) return "{" + kind + "}";
  return "{" + kind + ", " + string_literal(principal.role) + "}";
}

}  // namespace

std::string template_lines(const std::string& member, const ir::Expr& expr,
                           const ir::Schema& schema, const ir::Entity& row,
                           const std::vector<ir::Parameter>& parameters, std::size_t indent) {
  std::string text;
  for (const auto& renderer : sql::all_renderers()) {
    std::string dialect = renderer->dialect() == "sqlite" ? "[kSqlite]" : "[kPostgres]";
    std::string lhs = std::string(indent, ' ') + member + dialect + " =";
    std::string sql = sql::operation_template(expr, *renderer, schema, row, parameters);
    std::string one_line = lhs + " " + string_literal(sql) + ";";
    text += one_line.size() <= kColumnLimit ? one_line + "\n"
                                            : lhs + "\n" + std::string(indent + 4, ' ') +
                                                  wrapped_literal(sql, indent + 4) + ";\n";
  }
  return text;
}

std::string rules_block(const std::string& member, const std::vector<ir::Rule>& rules,
                        std::optional<ir::Operation> operation, const ir::Schema& schema,
                        const ir::Entity& row, const std::vector<ir::Parameter>& parameters) {
  std::string text;
  for (const ir::Rule& rule : rules) {
    if (operation && rule.operation != *operation) continue;
    std::vector<std::string> principals;
    for (const ir::Principal& each : rule.principals) principals.push_back(principal(each));
    text += "  {\n    Rule& rule = " + member + ".emplace_back();\n";
    text += fill("rule.principals = {", principals, "};", 4) + "\n";
    if (rule.condition) {
      text += template_lines("rule.where_sql", *rule.condition, schema, row, parameters, 4);
    }
    text += "  }\n";
  }
  return text;
}

}  // namespace lys::emit::cpp
