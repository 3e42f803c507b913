// The shape of a selection: everything that decides a plan's SQL text (field names,
// aliases, which arguments and filter operators are given, list lengths, enum values
// such as orderBy) and nothing that is only bound (strings, numbers, booleans, the
// values of a filter's `in` list, bound whole: only its emptiness counts).
#pragma once

#include <string>

#include "lys/graphql/selection.h"

namespace lys::query {

void append_shape(std::string& key, const graphql::FieldSelection& field);
void append_shape(std::string& key, const graphql::SelectionSet& selection);

}  // namespace lys::query
