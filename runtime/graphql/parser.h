// Recursive-descent parser for GraphQL documents: executable definitions and the
// type-system definitions of SDL. Nesting is bounded so hostile input (100,000
// brackets) is a parse error, never a stack overflow.
#pragma once

#include <cstddef>
#include <string_view>
#include <variant>

#include "graphql/ast.h"
#include "graphql/lexer.h"

namespace lys::graphql {

struct ParseLimits {
  std::size_t max_depth = 256;       // selection sets, lists, objects and type wrappers
  std::size_t max_tokens = 100'000;  // 0: unlimited
};

// The document, or the first syntax error (message and location).
using ParseResult = std::variant<ast::Document, SyntaxError>;

ParseResult parse_document(std::string_view source, ParseLimits limits = {});

// Parses a single value literal (a default value printed by introspection, say).
std::variant<ast::ValueNode, SyntaxError> parse_value(std::string_view source,
                                                      ParseLimits limits = {});

}  // namespace lys::graphql
