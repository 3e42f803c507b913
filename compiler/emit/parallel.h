// Running independent pieces of work on a few threads: generating and writing the
// build output parallelises well, and which thread does what never shows in the
// result, since every task writes only its own slot.
#pragma once

#include <cstddef>
#include <functional>

namespace lys::emit {

// Calls `task(i)` for every i in [0, count), spread over at most as many threads as
// the machine has cores, and returns when all are done. An exception thrown by a task
// is rethrown here (the one of the lowest index when several fail).
void parallel_for(std::size_t count, const std::function<void(std::size_t)>& task);

}  // namespace lys::emit
