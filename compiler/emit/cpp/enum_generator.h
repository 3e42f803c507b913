// cpp/<app>/enums.h and .cpp: each enum of an app as an `enum class` with its values
// in declaration order, and the to_string / from_string pair the repositories use
// (found by argument-dependent lookup) to store them as text.
#pragma once

#include "compiler/emit/generator.h"

namespace lys::emit::cpp {

class EnumGenerator final : public Generator {
 public:
  void generate(const ir::Schema& schema, OutputSink& out) const override;
};

}  // namespace lys::emit::cpp
