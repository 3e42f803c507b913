// `lysc build` output: schema.json, the canonical IR snapshot (ir/snapshot.h).
#pragma once

#include "compiler/emit/generator.h"

namespace lys::emit {

class SnapshotGenerator final : public Generator {
 public:
  void generate(const ir::Schema& schema, OutputSink& out) const override;
};

}  // namespace lys::emit
