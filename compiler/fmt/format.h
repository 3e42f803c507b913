// `lysc fmt`: prints a parsed .lys file back in the canonical layout (the layout of
// schemas/*.lys). The result parses to the same tree with the same comments, and
// formatting it again changes nothing. Only call it on a file that parsed without
// errors: a tree recovered from syntax errors would lose the text it skipped.
#pragma once

#include <string>

#include "compiler/ast/ast.h"
#include "compiler/diag/source_manager.h"

namespace lys {

std::string format_file(const ast::File& file, const SourceManager& sources);

}  // namespace lys
