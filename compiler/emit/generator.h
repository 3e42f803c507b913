// The one interface every code generator implements: it reads the IR, never the
// AST, and writes files to a sink. `lysc build` runs them all.
#pragma once

#include "compiler/emit/output_sink.h"
#include "compiler/ir/ir.h"

namespace lys::emit {

class Generator {
 public:
  virtual ~Generator() = default;
  virtual void generate(const ir::Schema& schema, OutputSink& out) const = 0;
};

}  // namespace lys::emit
