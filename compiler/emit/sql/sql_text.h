// SQL spelling shared by both dialects: identifiers, literals and expressions (CHECK
// conditions and defaults). The few dialect differences are the hooks of SqlSyntax.
#pragma once

#include <string>

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

// A condition over the columns of one table, parenthesised only where needed.
std::string expression(const ir::Expr& expr, const SqlSyntax& syntax);

}  // namespace lys::emit::sql
