#include "compiler/sema/check_permissions.h"

#include <algorithm>

#include "compiler/diag/suggest.h"
#include "compiler/sema/passes.h"
#include "compiler/sema/type_check_expr.h"

namespace lys::sema {

namespace {

class PrincipalChecker {
 public:
  PrincipalChecker(Context& context, const RuleSubject& subject)
      : context_(context), subject_(subject) {}

  std::optional<ir::Principal> check(const ast::Principal& principal) {
    using K = ast::PrincipalKind;
    ir::Principal out;
    switch (principal.kind) {
      case K::Anonymous:
        out.kind = ir::Principal::Kind::Anonymous;
        break;
      case K::Authenticated:
        out.kind = ir::Principal::Kind::Authenticated;
        break;
      case K::Internal:
        out.kind = ir::Principal::Kind::Internal;
        break;
      case K::Admin:
        out.kind = ir::Principal::Kind::Admin;
        break;
      case K::Owner:
        out.kind = ir::Principal::Kind::Owner;
        if (!owner_known(principal)) return std::nullopt;
        break;
      case K::Role:
        out.kind = ir::Principal::Kind::Role;
        out.role = principal.role.text;
        if (!role_known(principal, ir::EntityRole::Role, "role", "@role")) return std::nullopt;
        break;
      case K::OrgRole:
        out.kind = ir::Principal::Kind::OrgRole;
        out.role = principal.role.text;
        if (!role_known(principal, ir::EntityRole::OrgRole, "org_role", "@org_role") ||
            !tenant_known(principal)) {
          return std::nullopt;
        }
        break;
    }
    return out;
  }

 private:
  bool role_known(const ast::Principal& principal, ir::EntityRole role, const std::string& word,
                  const std::string& annotation) {
    const ir::Entity* roles = context_.schema.entity_with_role(role);
    if (!roles) {
      context_.error(principal.span, "'" + word + "' principals need a parametric entity marked '" +
                                         annotation + "'");
      return false;
    }
    const std::string& name = principal.role.text;
    auto keys = context_.fixture_keys.find(roles->qualified);
    if (keys != context_.fixture_keys.end() && keys->second.count(name)) return true;
    context_.error(principal.role.span,
                   "unknown " + word + " '" + name + "': no fixture of '" + roles->qualified +
                       "' has this key" +
                       did_you_mean(name, context_.fixture_key_names(roles->qualified)));
    return false;
  }

  bool owner_known(const ast::Principal& principal) {
    if (subject_.entity && subject_.entity->owner_field) return true;
    context_.error(principal.span,
                   subject_.entity
                       ? "'owner' needs an owner field in '" + subject_.entity->qualified +
                             "': declare 'owner FIELD' or a field 'owner' referencing "
                             "the '@user' entity"
                       : "'owner' needs an entity: this operation has no target row");
    return false;
  }

  bool tenant_known(const ast::Principal& principal) {
    if (subject_.entity && subject_.entity->tenant_field) return true;
    context_.error(principal.span,
                   subject_.entity
                       ? "'org_role' needs a tenant: declare 'tenant FIELD' in '" +
                             subject_.entity->qualified + "'"
                       : "'org_role' needs an entity: this operation has no target row");
    return false;
  }

  Context& context_;
  const RuleSubject& subject_;
};

}  // namespace

std::vector<ir::Operation> rule_operations(const ast::AllowRule& rule) {
  std::vector<ir::Operation> operations;
  auto add = [&](ir::Operation op) {
    if (std::find(operations.begin(), operations.end(), op) == operations.end()) {
      operations.push_back(op);
    }
  };
  for (const ast::OperationRef& ref : rule.operations) {
    switch (ref.op) {
      case ast::Operation::Read:
        add(ir::Operation::Read);
        break;
      case ast::Operation::Create:
        add(ir::Operation::Create);
        break;
      case ast::Operation::Update:
        add(ir::Operation::Update);
        break;
      case ast::Operation::Delete:
        add(ir::Operation::Delete);
        break;
      case ast::Operation::All:
        for (ir::Operation op : {ir::Operation::Read, ir::Operation::Create, ir::Operation::Update,
                                 ir::Operation::Delete}) {
          add(op);
        }
        break;
    }
  }
  return operations;
}

std::vector<ir::Rule> check_rule(Context& context, const ast::AllowRule& rule,
                                 const RuleSubject& subject,
                                 const std::vector<ir::Operation>& operations) {
  PrincipalChecker principals(context, subject);
  ir::Rule out;
  out.span = rule.span;
  bool ok = true;
  for (const ast::Principal& principal : rule.principals) {
    auto checked = principals.check(principal);
    ok = ok && checked;
    if (checked &&
        std::find(out.principals.begin(), out.principals.end(), *checked) == out.principals.end()) {
      out.principals.push_back(std::move(*checked));
    }
  }
  if (rule.condition) {
    ExprScope scope;
    scope.app = subject.app;
    scope.entity = subject.entity;
    scope.parameters = subject.parameters;
    scope.where = "a permission rule";
    out.condition = check_condition(context, *rule.condition, scope);
    ok = ok && out.condition;
  }
  std::vector<ir::Rule> rules;
  if (!ok) return rules;
  for (ir::Operation op : operations) {
    out.operation = op;
    rules.push_back(out);
  }
  return rules;
}

void check_entity_permissions(Context& context) {
  for (ir::Entity& entity : context.schema.entities) {
    for (const ast::EntityMember& member : context.entity_ast(entity.qualified)->members) {
      const auto* rule = std::get_if<ast::AllowRule>(&member);
      if (!rule) continue;
      RuleSubject subject{entity.app, &entity, nullptr};
      for (ir::Rule& checked : check_rule(context, *rule, subject, rule_operations(*rule))) {
        entity.rules.push_back(std::move(checked));
      }
    }
  }
}

}  // namespace lys::sema
