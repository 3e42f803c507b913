// Cycles in a small directed graph (apps and their `uses`, entities and their
// required references), each named by the edges that form it.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "compiler/diag/source_span.h"

namespace lys::sema {

struct GraphEdge {
  std::size_t from = 0;
  std::size_t to = 0;
  SourceSpan span;  // where the edge is written
};

// A depth-first search over nodes in index order, following edges in order, calls
// `report` once for every edge that closes a cycle, with the cycle's edges in
// order from the node it starts at; the closing edge is last.
void for_each_cycle(std::size_t node_count, const std::vector<GraphEdge>& edges,
                    const std::function<void(const std::vector<const GraphEdge*>&)>& report);

}  // namespace lys::sema
