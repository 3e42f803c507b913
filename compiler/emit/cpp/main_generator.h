// cpp/main.cpp: the server's entry point, handing the generated model and the
// user's extern operations to lys::server::run.
#pragma once

#include "compiler/emit/generator.h"

namespace lys::emit::cpp {

class MainGenerator final : public Generator {
 public:
  void generate(const ir::Schema& schema, OutputSink& out) const override;
};

}  // namespace lys::emit::cpp
