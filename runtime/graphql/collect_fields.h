// CollectFields (spec §6.3.2) for a whole operation at once: builds the normalised
// FieldSelection tree of selection.h — fragments merged in, @skip/@include applied,
// arguments coerced, fields merged by response key, one TypeSelection per possible
// object type of abstract fields.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graphql/ast.h"
#include "graphql/coercion.h"
#include "graphql/schema.h"
#include "graphql/selection_template.h"
#include "lys/graphql/selection.h"

namespace lys::graphql {

struct CollectLimits {
  std::size_t max_fields = 100'000;  // FieldSelections in the whole tree
  std::size_t max_depth = 256;       // nested fields and fragments
};

class SelectionBuilder {
 public:
  SelectionBuilder(const Schema& schema, const ast::Document& document,
                   const VariableValues& variables, std::vector<Error>& errors,
                   CollectLimits limits = {});

  // The root fields of an operation on `root`, in response order. On errors (appended
  // to the error list: BAD_USER_INPUT for arguments, TOO_COMPLEX past the limits) the
  // result is incomplete and must not run.
  std::vector<FieldSelection> root_fields(const NamedType& root,
                                          const std::vector<ast::Selection>& selections);

  // Whether the tree built depends on the variables' values only through the
  // arguments of the fields variable_arguments() lists: no @skip/@include named one.
  bool reusable() const { return !conditions_name_variables_; }
  std::vector<ArgumentsFromVariables> take_variable_arguments() {
    return std::move(variable_arguments_);
  }

 private:
  using SelectionSets = std::vector<const std::vector<ast::Selection>*>;
  // Field nodes by response key, in first-seen order, with an index for lookup.
  struct Grouped {
    std::vector<std::pair<std::string, std::vector<const ast::Selection*>>> groups;
    std::map<std::string, std::size_t, std::less<>> index;
  };

  std::vector<FieldSelection> fields_for(const NamedType& object, const SelectionSets& sets,
                                         std::size_t depth);
  void collect(const NamedType& object, const std::vector<ast::Selection>& selections,
               std::vector<std::string>& visited, Grouped& grouped, std::size_t depth);
  bool included(const std::vector<ast::Directive>& directives);
  bool applies(const NamedType& object, const std::string& type_condition) const;
  FieldSelection build_field(const NamedType& object, const std::string& key,
                             const std::vector<const ast::Selection*>& nodes, std::size_t depth);
  bool too_complex(std::size_t depth);

  const Schema& schema_;
  const ast::Document& document_;
  const VariableValues& variables_;
  std::vector<Error>& errors_;
  CollectLimits limits_;
  std::size_t field_count_ = 0;  // also the next field's rank in pre-order
  bool exceeded_ = false;
  bool conditions_name_variables_ = false;
  std::vector<ArgumentsFromVariables> variable_arguments_;
};

}  // namespace lys::graphql
