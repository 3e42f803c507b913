// The code path under fuzzing for the GraphQL engine: one request executed against the
// catalog's schema (generated/schema.graphql) with every root field answered null, and
// what must hold of every response whatever the bytes. The input is the document, then
// after a NUL byte the request's variables as JSON text (none when empty), then after
// another the operation's name.
#pragma once

#include <string>
#include <string_view>

namespace lys::fuzz {

struct GraphqlRun {
  bool ran = false;  // false: the variables are not JSON, a transport's 400
  int http_status = 0;
  bool has_errors = false;
  std::string broken;  // the first invariant the response broke; empty when all held
};

GraphqlRun run_graphql(std::string_view input);

}  // namespace lys::fuzz
