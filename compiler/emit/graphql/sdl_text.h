// The SDL of the schema being built, rendered once for every generator that needs it:
// schema.graphql and the C++ model, which embeds the same text. On a large schema
// rendering it is one of the costliest steps of a build.
#pragma once

#include <mutex>
#include <string>

#include "compiler/ir/ir.h"

namespace lys::emit {

class SdlText {
 public:
  // render_sdl(schema), computed on the first call; later calls, from any thread,
  // wait for it and share it. One SdlText serves one schema.
  const std::string& of(const ir::Schema& schema);

 private:
  std::once_flag rendered_;
  const ir::Schema* schema_ = nullptr;
  std::string text_;
};

}  // namespace lys::emit
