// Semantic analysis: resolves and checks the syntax trees of a project's files into
// the IR. Every problem is reported to the engine (several per run); the IR is
// returned only when there were none.
#pragma once

#include <optional>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/ir/ir.h"

namespace lys::sema {

std::optional<ir::Schema> analyze(const std::vector<ast::File>& files,
                                  DiagnosticEngine& diagnostics);

}  // namespace lys::sema
