// The GraphQL SDL of a schema (API.md): Relay-style object identification and
// connections, filter and order inputs, create/update/delete mutations as far as
// the rules allow, named queries and mutations. `lysc build` writes it as
// schema.graphql; `lysc sdl` prints it.
#pragma once

#include <memory>
#include <string>

#include "compiler/emit/generator.h"
#include "compiler/emit/graphql/sdl_text.h"
#include "compiler/ir/ir.h"

namespace lys::emit {

std::string render_sdl(const ir::Schema& schema);

class SdlGenerator final : public Generator {
 public:
  static constexpr const char* kFileName = "schema.graphql";
  // `sdl` may be shared with the other generators of the same build.
  explicit SdlGenerator(std::shared_ptr<SdlText> sdl = std::make_shared<SdlText>())
      : sdl_(std::move(sdl)) {}
  void generate(const ir::Schema& schema, OutputSink& out) const override;

 private:
  std::shared_ptr<SdlText> sdl_;
};

}  // namespace lys::emit
