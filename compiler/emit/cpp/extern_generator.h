// cpp/externs.h and .cpp: for every `extern` operation, the typed C++ function the
// user implements (declared in the app's namespace), and lys_externs(), which
// registers an adapter per operation: it takes the coerced arguments out of the
// selection, calls the function and writes its result as JSON.
#pragma once

#include "compiler/emit/generator.h"

namespace lys::emit::cpp {

class ExternGenerator final : public Generator {
 public:
  void generate(const ir::Schema& schema, OutputSink& out) const override;
};

}  // namespace lys::emit::cpp
