// SQL spelling shared by both dialects: identifiers, literals and expressions (CHECK
// conditions and defaults). The few dialect differences are the hooks of SqlSyntax.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "compiler/ir/ir.h"

namespace lys::emit::sql {

class SqlSyntax {
 public:
  virtual ~SqlSyntax() = default;
  virtual std::string boolean(bool value) const = 0;
  virtual std::string now() const = 0;
  virtual std::string ilike() const = 0;  // the case-insensitive LIKE operator
};

// `name` as is when it is a plain lower-case identifier that is not a keyword,
// otherwise double-quoted. Generated names never need quotes.
std::string identifier(const std::string& name);

// A single-quoted string literal, quotes doubled.
std::string string_literal(const std::string& text);

// A constant (a default or a literal in a condition).
std::string value(const ir::Value& constant, const SqlSyntax& syntax);

// How an expression's leaves are spelled. The default writes fields as (dotted)
// identifiers and arguments as `$name`: CHECK conditions over one table's columns.
struct ExpressionStyle {
  std::function<std::string(const std::vector<std::string>& path)> field;
  std::function<std::string(const std::string& argument)> argument;
  // True for an argument that may be null at run time: a comparison with it is written
  // `(<argument> IS NULL OR <comparison>)`, so a null argument drops its term.
  std::function<bool(const std::string& argument)> optional_argument;
  // How `current_user` and `current_org` are written; NULL when unset.
  std::function<std::string(ir::Value::Kind session_value)> session;
  // Whether a literal `{` is written `{{` (the runtime model's SQL templates).
  bool escape_braces = false;
};

// A condition over the columns of one table, parenthesised only where needed.
std::string expression(const ir::Expr& expr, const SqlSyntax& syntax);
std::string expression(const ir::Expr& expr, const SqlSyntax& syntax, const ExpressionStyle& style);

}  // namespace lys::emit::sql
