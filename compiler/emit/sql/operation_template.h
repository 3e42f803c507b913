// The SQL templates of the runtime model (runtime/include/lys/model/model.h) for the
// expressions of named operations and permission rules: a field of the row is
// `{row}.column`, the N-th argument `{arg:N}` (0-based), `current_user` / `current_org`
// are `{user}` / `{org}`, a literal `{` is `{{`, and a comparison with an optional
// argument holds when that argument is null, so a null argument drops its term.
#pragma once

#include <string>
#include <vector>

#include "compiler/emit/sql/sql_text.h"
#include "compiler/ir/ir.h"

namespace lys::emit::sql {

// A path through references (`category.enabled`) becomes a scalar subquery per step,
// aliased `{row}_1`, `{row}_2`, … so the planner's alias substitution covers them.
std::string operation_template(const ir::Expr& expr, const SqlSyntax& syntax,
                               const ir::Schema& schema, const ir::Entity& row,
                               const std::vector<ir::Parameter>& parameters);

}  // namespace lys::emit::sql
