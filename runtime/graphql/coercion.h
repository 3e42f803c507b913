// Input coercion (spec §3.5, §3.9-3.10, §6.1.2, §6.4.1): request variables from JSON
// and argument literals into Values, applying defaults and telling null from absent.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "graphql/ast.h"
#include "graphql/schema.h"
#include "lys/graphql/value.h"

struct cJSON;

namespace lys::graphql {

// The coerced variables of an operation; a variable neither given nor defaulted is
// absent.
using VariableValues = std::map<std::string, Value, std::less<>>;

// Coerces `variables` (a JSON object or null) for `operation`; on failure returns no
// values and appends BAD_USER_INPUT errors naming each variable and path.
std::optional<VariableValues> coerce_variables(const Schema& schema,
                                               const ast::Operation& operation,
                                               const cJSON* variables, std::vector<Error>& errors);

// Coerces a field's or directive's arguments (spec CoerceArgumentValues) in the
// definition's order; appends BAD_USER_INPUT errors (a null for a non-null argument
// through a variable) and returns what it could coerce.
std::vector<Value::Field> coerce_arguments(const Schema& schema,
                                           const std::vector<InputValue>& definitions,
                                           const std::vector<ast::Argument>& arguments,
                                           const VariableValues& variables,
                                           const Location& location, std::vector<Error>& errors);

}  // namespace lys::graphql
