// Parsing: one .lys file into its syntax tree. Syntax errors go to the engine; the
// parser recovers at declaration boundaries, so one run reports every error, and
// the tree holds every declaration it could read.
#pragma once

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"

namespace lys {

ast::File parse_file(const SourceManager& sources, FileId file, DiagnosticEngine& diagnostics);

}  // namespace lys
