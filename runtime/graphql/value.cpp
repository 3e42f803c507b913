#include "lys/graphql/value.h"

#include "lys/graphql/selection.h"

namespace lys::graphql {

namespace {
const Value* find_value(const std::vector<Value::Field>& fields, std::string_view name) {
  for (const Value::Field& field : fields) {
    if (field.name == name) return &field.value;
  }
  return nullptr;
}
}  // namespace

const Value* Value::field(std::string_view name) const {
  return find_value(object, name);
}

const Value* FieldSelection::argument(std::string_view argument_name) const {
  return find_value(arguments, argument_name);
}

const std::vector<FieldSelection>* SelectionSet::for_type(std::string_view type_name) const {
  for (const TypeSelection& selection : by_type) {
    if (selection.type_name == type_name) return &selection.fields;
  }
  return nullptr;
}

}  // namespace lys::graphql
