// Measures an operation's normalised selection tree (variables known, fragments
// expanded) against QueryLimits, before any resolver runs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "graphql/schema.h"
#include "lys/graphql/query_limits.h"
#include "lys/graphql/selection.h"
#include "lys/graphql/value.h"

namespace lys::graphql {

// What QueryLimits bounds, for one operation. Introspection fields (`__schema`,
// `__type`) are answered from memory and are not measured.
struct OperationSize {
  std::size_t depth = 0;
  std::size_t aliases = 0;
  std::int64_t cost = 0;  // saturates instead of overflowing
  // The first `first` or `last` argument above max_page_size, with its field's path.
  std::optional<Error> oversized_page;
};

OperationSize measure_operation(const Schema& schema, const NamedType& root,
                                const std::vector<FieldSelection>& fields,
                                const QueryLimits& limits);

// The error that refuses the operation: BAD_USER_INPUT for a page size, else
// TOO_COMPLEX for the first limit exceeded (depth, aliases, cost); none when it fits.
std::optional<Error> limit_exceeded(const Schema& schema, const NamedType& root,
                                    const std::vector<FieldSelection>& fields,
                                    const QueryLimits& limits);

}  // namespace lys::graphql
