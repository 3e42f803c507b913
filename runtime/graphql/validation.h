// Validation of an executable document against the schema: every rule of spec §5.
// Errors carry GRAPHQL_VALIDATION_FAILED; a document with any is not executed.
#pragma once

#include <vector>

#include "graphql/ast.h"
#include "graphql/schema.h"
#include "lys/graphql/value.h"

namespace lys::graphql {

struct ValidationOptions {
  bool introspection = true;  // false: selecting __schema or __type is an error
  bool suggestions = true;    // "Did you mean …?" in messages
};

std::vector<Error> validate(const Schema& schema, const ast::Document& document,
                            ValidationOptions options);

}  // namespace lys::graphql
