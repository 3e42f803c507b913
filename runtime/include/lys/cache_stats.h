// What one of the runtime's caches holds and how its lookups went, for /metrics: the
// caches keyed by what clients send (documents, plans) are bounded, and these numbers
// show the bounds at work (entries and bytes level off; misses keep rising when the
// working set does not fit).
#pragma once

#include <cstdint>

namespace lys {

struct CacheStats {
  std::uint64_t entries = 0;
  std::uint64_t bytes = 0;  // estimated memory held
  std::uint64_t hits = 0;
  std::uint64_t misses = 0;
};

}  // namespace lys
