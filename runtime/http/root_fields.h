// Which root fields a request would run, read before it runs: rate limits that apply to
// one mutation (`login`) need to know. The document is parsed here with the executor's
// own parser; validation stays the executor's.
#pragma once

#include <string_view>

#include "lys/graphql/executor.h"

namespace lys::http {

// Whether the operation the request selects is a mutation with the root field `field`,
// directly or through fragments. False for a document that does not parse.
bool selects_root_mutation(const graphql::Request& request, std::string_view field);

}  // namespace lys::http
