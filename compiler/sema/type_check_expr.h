// Typing of expressions: checks, permission conditions, query filters and `set`
// values become typed IR expressions. The scope says what names mean where the
// expression is written.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/sema/context.h"

namespace lys::sema {

struct ExprScope {
  std::string app;
  const ir::Entity* entity = nullptr;                      // bare names are its fields
  const std::vector<ir::Parameter>* parameters = nullptr;  // `$name`; null outside operations
  bool follow_references = true;  // false in checks: the entity's own columns only
  bool session_values = true;     // current_user / current_org
  std::string where;              // "a check", "a permission rule": for messages
};

// A condition: must be a bool.
std::optional<ir::Expr> check_condition(Context& context, const ast::Expr& expr,
                                        const ExprScope& scope);

// A value stored into a field or parameter of `type`.
std::optional<ir::Expr> check_value(Context& context, const ast::Expr& expr, const ExprScope& scope,
                                    const ir::Type& type, bool nullable);

// A field path (`created_at`, `category.enabled`) from the scope's entity.
std::optional<ir::Expr> check_field_path(Context& context, const ast::QualifiedName& path,
                                         const ExprScope& scope);

}  // namespace lys::sema
