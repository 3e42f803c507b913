// A span-free text dump of a syntax tree, so tests can compare two parses of the
// same declarations written differently, and print a readable diff when they differ.
#pragma once

#include <string>

#include "compiler/ast/ast.h"

namespace lys::testing {

// Every node and value of the tree except spans and plain comments.
std::string dump_tree(const ast::File& file);
// The plain comments, one per line, in source order, without trailing blanks.
std::string dump_comments(const ast::File& file);

}  // namespace lys::testing
