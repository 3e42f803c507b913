// The bounds an operation must stay within before any of it runs, so one request
// cannot make the database build an arbitrarily large response. Operations past them
// are refused with extensions.code TOO_COMPLEX (page sizes: BAD_USER_INPUT).
#pragma once

#include <cstddef>
#include <cstdint>

namespace lys::graphql {

struct QueryLimits {
  // Lexical tokens in the document, counted while parsing: a huge document stops at
  // the first token past the limit. 0: unlimited.
  std::size_t max_tokens = 15'000;
  // Nested fields that have a selection set of their own; leaves do not count, so
  // `products { edges { node { category { name } } } }` is depth 4. 0: unlimited.
  std::size_t max_depth = 12;
  // Fields selected under an alias, in the operation with its fragments expanded.
  // 0: unlimited.
  std::size_t max_aliases = 15;
  // Every field of object type costs 1; a connection field multiplies the cost of its
  // subtree by its page size (`first`, `last`, else default_page_size), a list field
  // by the length of its list argument (`nodes(ids:)`). 0: unlimited.
  std::int64_t max_cost = 5'000;
  // The page sizes connections accept: `first` or `last` above max_page_size is
  // BAD_USER_INPUT. Part of the API, not a server setting.
  std::int64_t max_page_size = 100;
  std::int64_t default_page_size = 20;
};

}  // namespace lys::graphql
