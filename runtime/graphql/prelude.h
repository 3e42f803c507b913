// The SDL every schema starts from: the specified scalars and directives and the
// introspection types (spec §3.5, §3.13, §4.5).
#pragma once

namespace lys::graphql {

extern const char* const kPreludeSdl;

}  // namespace lys::graphql
