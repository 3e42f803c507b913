// An operation's selection tree kept for reuse: CollectFields depends on the variables'
// values only through @skip/@include conditions and field arguments. When no
// @skip/@include names a variable, the tree built for one request serves every later
// one, with the arguments of the fields that name variables coerced again per request.
#pragma once

#include <cstddef>
#include <vector>

#include "graphql/ast.h"
#include "graphql/coercion.h"
#include "graphql/schema.h"
#include "lys/graphql/selection.h"

namespace lys::graphql {

// A field whose arguments name variables: where it is in the tree (its rank in
// pre-order, the order in which CollectFields builds fields) and what to coerce.
struct ArgumentsFromVariables {
  std::size_t field_rank = 0;
  const std::vector<InputValue>* definitions = nullptr;   // the schema field's arguments
  const std::vector<ast::Argument>* arguments = nullptr;  // as the document gives them
  Location location;
};

class SelectionTemplate {
 public:
  SelectionTemplate(std::vector<FieldSelection> fields,
                    std::vector<ArgumentsFromVariables> variable_arguments);

  // The tree for a request's variables; coercion errors (a null for a non-null
  // argument through a variable) are appended to `errors`.
  std::vector<FieldSelection> instantiate(const Schema& schema, const VariableValues& variables,
                                          std::vector<Error>& errors) const;

 private:
  std::vector<FieldSelection> fields_;
  std::vector<ArgumentsFromVariables> variable_arguments_;  // by field_rank
};

// Whether a value literal names a variable, at any depth.
bool names_variable(const ast::ValueNode& value);
bool names_variable(const std::vector<ast::Argument>& arguments);

}  // namespace lys::graphql
