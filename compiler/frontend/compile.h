// The front end in one call: find the .lys files of the given inputs, parse them,
// analyse them into the IR. lysc's commands, the golden and diagnostic tests and
// the benchmark all go through here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/diag/diagnostics.h"
#include "compiler/diag/source_manager.h"
#include "compiler/ir/ir.h"

namespace lys::frontend {

// Expands inputs: a directory gives its *.lys files (recursively, sorted by path so
// the output never depends on directory order); a file is taken as it is.
// Unreadable or missing inputs are reported and skipped.
std::vector<std::string> find_schema_files(const std::vector<std::string>& inputs,
                                           DiagnosticEngine& diagnostics);

// Loads and parses every file; the trees are returned even when some have errors.
std::vector<ast::File> parse_files(const std::vector<std::string>& paths, SourceManager& sources,
                                   DiagnosticEngine& diagnostics);

// find + parse + analyse. nullopt when any step reported an error.
std::optional<ir::Schema> compile(const std::vector<std::string>& inputs, SourceManager& sources,
                                  DiagnosticEngine& diagnostics);

}  // namespace lys::frontend
