#include "graphql/selection_template.h"

#include <algorithm>

namespace lys::graphql {

namespace {

// Coerces again, in pre-order, the arguments of the fields that name variables.
class ArgumentRefresher {
 public:
  ArgumentRefresher(const Schema& schema, const VariableValues& variables,
                    const std::vector<ArgumentsFromVariables>& targets, std::vector<Error>& errors)
      : schema_(schema), variables_(variables), targets_(targets), errors_(errors) {}

  void refresh(std::vector<FieldSelection>& fields) {
    for (FieldSelection& field : fields) {
      if (next_ == targets_.size()) return;
      const ArgumentsFromVariables& target = targets_[next_];
      if (target.field_rank == rank_++) {
        field.arguments = coerce_arguments(schema_, *target.definitions, *target.arguments,
                                           variables_, target.location, errors_);
        ++next_;
      }
      for (TypeSelection& type : field.selection.by_type) refresh(type.fields);
    }
  }

 private:
  const Schema& schema_;
  const VariableValues& variables_;
  const std::vector<ArgumentsFromVariables>& targets_;
  std::vector<Error>& errors_;
  std::size_t rank_ = 0;
  std::size_t next_ = 0;
};

}  // namespace

SelectionTemplate::SelectionTemplate(std::vector<FieldSelection> fields,
                                     std::vector<ArgumentsFromVariables> variable_arguments)
    : fields_(std::move(fields)), variable_arguments_(std::move(variable_arguments)) {}

std::vector<FieldSelection> SelectionTemplate::instantiate(const Schema& schema,
                                                           const VariableValues& variables,
                                                           std::vector<Error>& errors) const {
  std::vector<FieldSelection> fields = fields_;
  ArgumentRefresher(schema, variables, variable_arguments_, errors).refresh(fields);
  return fields;
}

bool names_variable(const ast::ValueNode& value) {
  switch (value.kind) {
    case ast::ValueNode::Kind::Variable:
      return true;
    case ast::ValueNode::Kind::List:
      return std::any_of(value.list.begin(), value.list.end(),
                         [](const ast::ValueNode& item) { return names_variable(item); });
    case ast::ValueNode::Kind::Object:
      return std::any_of(value.fields.begin(), value.fields.end(),
                         [](const ast::ObjectField& field) { return names_variable(field.value); });
    default:
      return false;
  }
}

bool names_variable(const std::vector<ast::Argument>& arguments) {
  return std::any_of(arguments.begin(), arguments.end(),
                     [](const ast::Argument& argument) { return names_variable(argument.value); });
}

}  // namespace lys::graphql
