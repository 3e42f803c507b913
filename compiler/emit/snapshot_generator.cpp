#include "compiler/emit/snapshot_generator.h"

#include "compiler/ir/snapshot.h"

namespace lys::emit {

void SnapshotGenerator::generate(const ir::Schema& schema, OutputSink& out) const {
  out.write("schema.json", ir::to_snapshot_json(schema));
}

}  // namespace lys::emit
