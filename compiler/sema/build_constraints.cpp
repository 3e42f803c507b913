// Per entity: indexes (`unique`, `index`, `@unique`, `@index`, one per foreign key),
// checks (`@check`, `check`, one per enum field) and the tenant and owner fields.
#include <algorithm>
#include <set>

#include "compiler/diag/suggest.h"
#include "compiler/ir/naming.h"
#include "compiler/sema/passes.h"
#include "compiler/sema/resolve_types.h"
#include "compiler/sema/type_check_expr.h"

namespace lys::sema {

namespace {

// The columns a check's expression names, in order of first appearance.
void collect_columns(const ir::Entity& entity, const ir::Expr& expr,
                     std::vector<std::string>& out) {
  if (expr.kind == ir::Expr::Kind::Field && !expr.path.empty()) {
    const ir::Field* field = entity.find_field(expr.path.front());
    if (field && std::find(out.begin(), out.end(), field->column) == out.end()) {
      out.push_back(field->column);
    }
  }
  for (const ir::Expr& operand : expr.operands) collect_columns(entity, operand, out);
}

class ConstraintBuilder {
 public:
  ConstraintBuilder(Context& context, ir::Entity& entity) : context_(context), entity_(entity) {}

  void build(const ast::Entity& decl) {
    for (const ast::EntityMember& member : decl.members) {
      if (const auto* field = std::get_if<ast::Field>(&member)) {
        field_constraints(*field);
      } else if (const auto* constraint = std::get_if<ast::TableConstraint>(&member)) {
        table_constraint(*constraint);
      } else if (const auto* tenant = std::get_if<ast::TenantDecl>(&member)) {
        role_field(tenant->field, tenant->span, "tenant", ir::EntityRole::Organization,
                   entity_.tenant_field);
      } else if (const auto* owner = std::get_if<ast::OwnerDecl>(&member)) {
        role_field(owner->field, owner->span, "owner", ir::EntityRole::User, entity_.owner_field);
      }
    }
    foreign_key_indexes();
    default_roles();
  }

 private:
  void field_constraints(const ast::Field& decl) {
    const ir::Field* field = entity_.find_field(decl.name.text);
    auto annotations = context_.field_annotations.find(&decl);
    if (!field || field->span != decl.name.span ||
        annotations == context_.field_annotations.end()) {
      return;  // not built: reported already
    }
    if (field->type.kind == ir::Type::Kind::Enum) enum_check(*field);
    const auto& found = annotations->second;
    if (auto it = found.find("unique"); it != found.end())
      add_index({field->name}, true, it->second->span);
    if (auto it = found.find("index"); it != found.end())
      add_index({field->name}, false, it->second->span);
    if (auto it = found.find("check"); it != found.end()) {
      if (auto condition =
              check_condition(context_, *it->second->arguments.front(), check_scope())) {
        add_check(ir::naming::check_name(entity_.table, {field->column}), std::move(*condition),
                  it->second->span);
      }
    }
  }

  void table_constraint(const ast::TableConstraint& constraint) {
    if (constraint.kind == ast::ConstraintKind::Check) {
      auto condition = check_condition(context_, *constraint.condition, check_scope());
      if (!condition) return;
      std::vector<std::string> columns;
      collect_columns(entity_, *condition, columns);
      add_check(ir::naming::check_name(entity_.table, columns), std::move(*condition),
                constraint.span);
      return;
    }
    std::vector<std::string> fields;
    bool ok = true;
    for (const ast::Name& name : constraint.fields) {
      if (!entity_.find_field(name.text)) {
        context_.error(name.span, "unknown field '" + name.text + "' of '" + entity_.qualified +
                                      "'" + did_you_mean(name.text, field_names()));
        ok = false;
      } else if (std::find(fields.begin(), fields.end(), name.text) != fields.end()) {
        context_.error(
            name.span,
            "field '" + name.text + "' appears twice in the same " +
                (constraint.kind == ast::ConstraintKind::Unique ? "unique constraint" : "index"));
        ok = false;
      } else {
        fields.push_back(name.text);
      }
    }
    if (ok) add_index(fields, constraint.kind == ast::ConstraintKind::Unique, constraint.span);
  }

  // `tenant FIELD` / `owner FIELD`: the field must reference the entity playing `role`.
  void role_field(const ast::Name& name, SourceSpan span, const std::string& what,
                  ir::EntityRole role, std::optional<std::string>& slot) {
    if (slot) {
      context_.error(span, "'" + what + "' is declared twice in '" + entity_.qualified + "'");
      return;
    }
    const ir::Field* field = entity_.find_field(name.text);
    if (!field) {
      context_.error(name.span, "unknown field '" + name.text + "' of '" + entity_.qualified + "'" +
                                    did_you_mean(name.text, field_names()));
      return;
    }
    const std::string annotation = role == ir::EntityRole::User ? "@user" : "@organization";
    const ir::Entity* target = context_.schema.entity_with_role(role);
    if (!target) {
      context_.error(span, "'" + what + "' needs an entity marked '" + annotation + "'");
      return;
    }
    if (field->type.kind != ir::Type::Kind::Reference || field->type.target != target->qualified) {
      context_.error(name.span, what + " field '" + name.text + "' must reference '" +
                                    target->qualified + "', not '" + type_name(field->type) + "'");
      return;
    }
    slot = field->name;
  }

  // The owner defaults to a field called `owner`; the built-in entities own themselves.
  void default_roles() {
    if (entity_.role == ir::EntityRole::User && !entity_.owner_field) entity_.owner_field = "id";
    if (entity_.role == ir::EntityRole::Organization && !entity_.tenant_field) {
      entity_.tenant_field = "id";
    }
    const ir::Entity* user = context_.schema.entity_with_role(ir::EntityRole::User);
    const ir::Field* owner = entity_.find_field("owner");
    if (!entity_.owner_field && user && owner && owner->type.kind == ir::Type::Kind::Reference &&
        owner->type.target == user->qualified) {
      entity_.owner_field = "owner";
    }
  }

  void foreign_key_indexes() {
    for (const ir::Field& field : entity_.fields) {
      if (field.type.kind != ir::Type::Kind::Reference || field.type.soft) continue;
      const std::string name = ir::naming::index_name(entity_.table, {field.column});
      const bool covered = std::any_of(
          entity_.indexes.begin(), entity_.indexes.end(),
          [&](const ir::Index& index) { return index.fields == std::vector{field.name}; });
      if (!covered) entity_.indexes.push_back(ir::Index{name, {field.name}, false, field.span});
    }
  }

  void enum_check(const ir::Field& field) {
    const ir::Enum* decl = context_.schema.find_enum(field.type.target);
    if (!decl) return;
    ir::Expr check;
    check.kind = ir::Expr::Kind::In;
    check.type.scalar = ir::ScalarType::Bool;
    ir::Expr column;
    column.kind = ir::Expr::Kind::Field;
    column.path = {field.name};
    column.type = field.type;
    column.nullable = field.nullable;
    check.operands.push_back(std::move(column));
    for (const ir::EnumValue& value : decl->values) {
      ir::Expr literal;
      literal.type = field.type;
      literal.value.kind = ir::Value::Kind::EnumValue;
      literal.value.text = value.name;
      literal.value.target = decl->qualified;
      check.operands.push_back(std::move(literal));
    }
    add_check(ir::naming::check_name(entity_.table, {field.column}), std::move(check), field.span);
  }

  void add_index(const std::vector<std::string>& fields, bool unique, SourceSpan span) {
    std::vector<std::string> columns;
    for (const std::string& name : fields) columns.push_back(entity_.find_field(name)->column);
    std::string name = unique ? ir::naming::unique_name(entity_.table, columns)
                              : ir::naming::index_name(entity_.table, columns);
    entity_.indexes.push_back(ir::Index{distinct(std::move(name)), fields, unique, span});
  }

  void add_check(std::string name, ir::Expr condition, SourceSpan span) {
    entity_.checks.push_back(ir::Check{distinct(std::move(name)), std::move(condition), span});
  }

  // Two constraints over the same columns get "_2", "_3" … so names stay unique.
  std::string distinct(std::string name) {
    std::string candidate = name;
    for (int n = 2; used_names_.count(candidate); ++n) {
      candidate = ir::naming::limit_identifier(name + "_" + std::to_string(n));
    }
    used_names_.insert(candidate);
    return candidate;
  }

  ExprScope check_scope() const {
    ExprScope scope;
    scope.app = entity_.app;
    scope.entity = &entity_;
    scope.follow_references = false;
    scope.session_values = false;
    scope.where = "a check";
    return scope;
  }

  std::vector<std::string> field_names() const {
    std::vector<std::string> names;
    for (const ir::Field& field : entity_.fields) names.push_back(field.name);
    return names;
  }

  Context& context_;
  ir::Entity& entity_;
  std::set<std::string> used_names_;
};

}  // namespace

void build_constraints(Context& context) {
  for (ir::Entity& entity : context.schema.entities) {
    ConstraintBuilder(context, entity).build(*context.entity_ast(entity.qualified));
  }
}

}  // namespace lys::sema
