#include "compiler/sema/graph_cycles.h"

#include <algorithm>

namespace lys::sema {

namespace {

class CycleFinder {
 public:
  CycleFinder(std::size_t node_count, const std::vector<GraphEdge>& edges,
              const std::function<void(const std::vector<const GraphEdge*>&)>& report)
      : outgoing_(node_count), state_(node_count, State::Unvisited), report_(report) {
    for (const GraphEdge& edge : edges) outgoing_[edge.from].push_back(&edge);
  }

  void visit(std::size_t node) {
    if (state_[node] != State::Unvisited) return;
    state_[node] = State::OnStack;
    for (const GraphEdge* edge : outgoing_[node]) {
      if (state_[edge->to] == State::OnStack) {
        auto start = std::find_if(path_.begin(), path_.end(),
                                  [&](const GraphEdge* e) { return e->from == edge->to; });
        std::vector<const GraphEdge*> cycle(start, path_.end());
        cycle.push_back(edge);
        report_(cycle);
      } else if (state_[edge->to] == State::Unvisited) {
        path_.push_back(edge);
        visit(edge->to);
        path_.pop_back();
      }
    }
    state_[node] = State::Done;
  }

 private:
  enum class State { Unvisited, OnStack, Done };

  std::vector<std::vector<const GraphEdge*>> outgoing_;
  std::vector<State> state_;
  std::vector<const GraphEdge*> path_;
  const std::function<void(const std::vector<const GraphEdge*>&)>& report_;
};

}  // namespace

void for_each_cycle(std::size_t node_count, const std::vector<GraphEdge>& edges,
                    const std::function<void(const std::vector<const GraphEdge*>&)>& report) {
  CycleFinder finder(node_count, edges, report);
  for (std::size_t node = 0; node < node_count; ++node) finder.visit(node);
}

}  // namespace lys::sema
