// Named queries and mutations: parameters, result, filter, order, assignments,
// and their rules; `extern` operations keep only their signature and rules.
#include <algorithm>
#include <map>

#include "compiler/diag/suggest.h"
#include "compiler/ir/naming.h"
#include "compiler/sema/annotations.h"
#include "compiler/sema/check_permissions.h"
#include "compiler/sema/constants.h"
#include "compiler/sema/passes.h"
#include "compiler/sema/resolve_types.h"
#include "compiler/sema/type_check_expr.h"

namespace lys::sema {

namespace {

class OperationChecker {
 public:
  OperationChecker(Context& context, const std::string& app, const ast::NamedOperation& decl)
      : context_(context), app_(app), decl_(decl) {}

  ir::NamedOperation check() {
    check_annotations(context_, decl_.attributes, {}, what());
    op_.app = app_;
    op_.name = decl_.name.text;
    op_.graphql_name = ir::naming::camel_case(decl_.name.text);
    op_.kind = is_query() ? ir::OperationKind::Query : ir::OperationKind::Mutation;
    op_.is_extern = decl_.is_extern;
    op_.deletes = decl_.deletes;
    op_.doc = decl_.attributes.doc;
    op_.span = decl_.name.span;
    parameters();
    result();
    if (decl_.is_extern) {
      reject_body();
    } else if (is_query()) {
      query_body();
    } else {
      mutation_body();
    }
    rules();
    return std::move(op_);
  }

 private:
  bool is_query() const { return decl_.kind == ast::OperationKind::Query; }
  std::string what() const { return is_query() ? "a query" : "a mutation"; }
  std::string title() const {
    return (is_query() ? "query '" : "mutation '") + decl_.name.text + "'";
  }

  void parameters() {
    std::map<std::string, SourceSpan> seen;
    for (const ast::Parameter& decl : decl_.parameters) {
      auto [it, inserted] = seen.emplace(decl.name.text, decl.name.span);
      if (!inserted) {
        context_.duplicate(decl.name.span, "parameter", decl.name.text, it->second);
        continue;
      }
      auto resolved = resolve_type(context_, app_, decl.type, TypeUse::Parameter);
      if (!resolved) {
        broken_ = true;
        continue;
      }
      ir::Parameter parameter;
      parameter.name = decl.name.text;
      parameter.graphql_name = ir::naming::camel_case(decl.name.text);
      parameter.type = resolved->type;
      parameter.nullable = resolved->nullable;
      if (decl.default_value) {
        parameter.default_value =
            check_constant(context_, *decl.default_value, parameter.type, parameter.nullable,
                           ConstantRules{app_, true, false});
      }
      op_.parameters.push_back(std::move(parameter));
    }
  }

  void result() {
    const ast::ResultType& decl = decl_.result;
    op_.result_shape = decl.shape == ast::ResultShape::Connection ? ir::ResultShape::Connection
                       : decl.shape == ast::ResultShape::List     ? ir::ResultShape::List
                                                                  : ir::ResultShape::Single;
    auto resolved = resolve_type(context_, app_, decl.type, TypeUse::Result);
    if (!resolved) {
      broken_ = true;
      return;
    }
    op_.result_type = resolved->type;
    op_.result_nullable = resolved->nullable;
    if (resolved->type.kind == ir::Type::Kind::Reference) {
      result_entity_ = context_.find_entity(resolved->type.target);
    } else if (decl.shape != ast::ResultShape::Single) {
      context_.error(
          decl.type.span,
          std::string(decl.shape == ast::ResultShape::Connection ? "a connection" : "a list") +
              " must be of an entity, not '" + type_name(resolved->type) + "'");
    } else if (!decl_.is_extern && is_query()) {
      context_.error(decl.type.span, title() + " must return an entity, not '" +
                                         type_name(resolved->type) + "'; or make it 'extern'");
    }
  }

  void reject_body() {
    const std::string why = ": the body of an 'extern' operation is written in C++";
    if (decl_.condition)
      context_.error(decl_.condition->span, "'where' in an extern operation" + why);
    if (!decl_.order.empty())
      context_.error(decl_.order.front().span, "'order by' in an extern operation" + why);
    if (!decl_.assignments.empty()) {
      context_.error(decl_.assignments.front().span, "'set' in an extern operation" + why);
    }
    if (decl_.deletes) context_.error(decl_.name.span, "'delete' in an extern operation" + why);
    if (!is_query()) target_ = single_entity_parameter();
  }

  void query_body() {
    ExprScope scope = scope_for(result_entity_, "a query");
    if (decl_.condition) op_.condition = check_condition(context_, *decl_.condition, scope);
    for (const ast::OrderTerm& term : decl_.order) {
      if (auto path = check_field_path(context_, term.field, scope)) {
        op_.order.push_back(ir::OrderTerm{path->path, term.descending});
      }
    }
  }

  void mutation_body() {
    std::size_t entity_parameters = 0;
    for (const ir::Parameter& parameter : op_.parameters) {
      entity_parameters += parameter.type.kind == ir::Type::Kind::Reference;
    }
    target_ = single_entity_parameter();
    if (!target_) {
      if (!broken_) {
        context_.error(
            decl_.name.span,
            title() + " needs exactly one entity-typed parameter, the row it acts on (it has " +
                std::to_string(entity_parameters) + "); or make it 'extern'");
      }
      return;
    }
    if (decl_.assignments.empty() && !decl_.deletes) {
      context_.error(decl_.name.span, title() + " needs 'set' or 'delete'; or make it 'extern'");
    }
    if (!decl_.deletes && result_entity_ && result_entity_ != target_) {
      context_.error(decl_.result.type.span, title() + " acts on '" + target_->qualified +
                                                 "' but returns '" + result_entity_->qualified +
                                                 "'");
    }
    assignments();
  }

  void assignments() {
    ExprScope scope = scope_for(target_, "a mutation");
    std::map<std::string, SourceSpan> seen;
    for (const ast::Assignment& assignment : decl_.assignments) {
      const ir::Field* field = target_->find_field(assignment.field.text);
      if (!field) {
        std::vector<std::string> names;
        for (const ir::Field& f : target_->fields) names.push_back(f.name);
        context_.error(assignment.field.span, "unknown field '" + assignment.field.text + "' of '" +
                                                  target_->qualified + "'" +
                                                  did_you_mean(assignment.field.text, names));
        continue;
      }
      if (field->implicit != ir::ImplicitField::None) {
        context_.error(assignment.field.span,
                       "field '" + field->name + "' is maintained automatically and cannot be set");
        continue;
      }
      if (field->readonly) {
        context_.error(assignment.field.span, "field '" + field->name + "' is @readonly");
        continue;
      }
      auto [it, inserted] = seen.emplace(field->name, assignment.field.span);
      if (!inserted) {
        context_.duplicate(assignment.field.span, "assignment to", field->name, it->second);
        continue;
      }
      if (auto value =
              check_value(context_, *assignment.value, scope, field->type, field->nullable)) {
        op_.assignments.push_back(ir::Assignment{field->name, std::move(*value)});
      }
    }
  }

  void rules() {
    const ir::Entity* subject = is_query() ? result_entity_ : target_;
    const ir::Operation operation = is_query()      ? ir::Operation::Read
                                    : decl_.deletes ? ir::Operation::Delete
                                                    : ir::Operation::Update;
    for (const ast::AllowRule& rule : decl_.rules) {
      RuleSubject rule_subject{app_, subject, &op_.parameters};
      for (ir::Rule& checked : check_rule(context_, rule, rule_subject, {operation})) {
        op_.rules.push_back(std::move(checked));
      }
    }
  }

  // The only entity-typed parameter, or null; records it as the target.
  const ir::Entity* single_entity_parameter() {
    const ir::Parameter* found = nullptr;
    for (const ir::Parameter& parameter : op_.parameters) {
      if (parameter.type.kind != ir::Type::Kind::Reference) continue;
      if (found) return nullptr;
      found = &parameter;
    }
    if (!found) return nullptr;
    op_.target_parameter = found->name;
    return context_.find_entity(found->type.target);
  }

  ExprScope scope_for(const ir::Entity* entity, const std::string& where) const {
    ExprScope scope;
    scope.app = app_;
    scope.entity = entity;
    scope.parameters = &op_.parameters;
    scope.where = where;
    return scope;
  }

  Context& context_;
  const std::string& app_;
  const ast::NamedOperation& decl_;
  ir::NamedOperation op_;
  const ir::Entity* result_entity_ = nullptr;
  const ir::Entity* target_ = nullptr;
  bool broken_ = false;  // a parameter or the result did not resolve (reported)
};

}  // namespace

void check_operations(Context& context) {
  for (const AppDecl& app : context.apps) {
    std::map<std::string, SourceSpan> names;
    for (const ast::AppMember& member : app.ast->members) {
      const auto* decl = std::get_if<ast::NamedOperation>(&member);
      if (!decl) continue;
      auto [it, inserted] = names.emplace(decl->name.text, decl->name.span);
      if (!inserted) {
        context.duplicate(decl->name.span,
                          decl->kind == ast::OperationKind::Query ? "query" : "mutation",
                          decl->name.text, it->second);
        continue;
      }
      context.schema.operations.push_back(
          OperationChecker(context, app.ast->name.text, *decl).check());
    }
  }
}

}  // namespace lys::sema
