// Required hard references that form a cycle (a self-reference included): no
// insert order can satisfy their NOT NULL foreign keys.
#include "compiler/sema/graph_cycles.h"
#include "compiler/sema/passes.h"

namespace lys::sema {

void check_reference_cycles(Context& context) {
  const std::vector<ir::Entity>& entities = context.schema.entities;
  std::vector<GraphEdge> edges;
  std::vector<std::string> edge_names;  // "catalog.A.field", per edge
  for (std::size_t i = 0; i < entities.size(); ++i) {
    for (const ir::Field& field : entities[i].fields) {
      if (field.type.kind != ir::Type::Kind::Reference || field.type.soft || field.nullable)
        continue;
      auto target = context.entities.find(field.type.target);
      if (target == context.entities.end()) continue;
      edges.push_back(GraphEdge{i, target->second.index, field.span});
      edge_names.push_back(entities[i].qualified + "." + field.name);
    }
  }
  for_each_cycle(entities.size(), edges, [&](const std::vector<const GraphEdge*>& cycle) {
    std::string path;
    for (const GraphEdge* edge : cycle) {
      path += edge_names[static_cast<std::size_t>(edge - edges.data())] + " -> ";
    }
    path += entities[cycle.front()->from].qualified;
    context.error(cycle.back()->span,
                  "required references form a cycle, so no row can be inserted first: " + path +
                      "; make one of them nullable");
  });
}

}  // namespace lys::sema
