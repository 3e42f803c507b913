// Constants written for a slot of a known type: field defaults, fixture values,
// `set` values and literals compared with a field. Literals are validated against
// the type (ranges, lengths, uuid and date formats); bare names become enum values
// or fixture references; `now`, `current_user` and `current_org` where they fit.
#pragma once

#include <optional>
#include <string>

#include "compiler/sema/context.h"

namespace lys::sema {

struct ConstantRules {
  std::string app;             // where the constant is written (for fixture keys)
  bool session_values = true;  // current_user / current_org
  bool fixture_references = false;
};

std::optional<ir::Value> check_constant(Context& context, const ast::Expr& expr,
                                        const ir::Type& type, bool nullable,
                                        const ConstantRules& rules);

// Whether an expression is written as a constant (a literal, a negative number, a
// bare name, `now`, `current_user`, `current_org`) rather than computed.
bool is_constant_syntax(const ast::Expr& expr);

// The number spelling of a literal or a negated literal, if it is one.
std::optional<std::string> number_spelling(const ast::Expr& expr, bool* is_decimal = nullptr);

}  // namespace lys::sema
