// The canonical spelling of the small pieces of syntax: expressions (with the
// fewest parentheses that keep the tree, plus those the source wrote), literals,
// types, annotations, operations and principals.
#pragma once

#include <string>
#include <vector>

#include "compiler/ast/ast.h"

namespace lys::printer {

std::string expr_text(const ast::Expr& expr);
std::string string_literal(const std::string& value);
// The type without `on delete`, which follows a field's default.
std::string type_text(const ast::TypeRef& type);
std::string on_delete_text(ast::OnDelete on_delete);
std::string result_text(const ast::ResultType& result);
std::string annotation_text(const ast::Annotation& annotation);
// " @a @b(x)": each annotation preceded by a space; empty without annotations.
std::string annotations_suffix(const std::vector<ast::Annotation>& annotations);
std::string operation_text(ast::Operation operation);
std::string principal_text(const ast::Principal& principal);
std::string names_text(const std::vector<ast::Name>& names);

}  // namespace lys::printer
