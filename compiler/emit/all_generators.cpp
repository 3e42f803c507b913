#include "compiler/emit/all_generators.h"

#include "compiler/emit/graphql/sdl_generator.h"

namespace lys::emit {

std::vector<std::unique_ptr<Generator>> all_generators() {
  std::vector<std::unique_ptr<Generator>> generators;
  generators.push_back(std::make_unique<SdlGenerator>());
  return generators;
}

}  // namespace lys::emit
