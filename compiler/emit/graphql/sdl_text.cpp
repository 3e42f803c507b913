#include "compiler/emit/graphql/sdl_text.h"

#include <stdexcept>

#include "compiler/emit/graphql/sdl_generator.h"

namespace lys::emit {

const std::string& SdlText::of(const ir::Schema& schema) {
  std::call_once(rendered_, [&] {
    schema_ = &schema;
    text_ = render_sdl(schema);
  });
  // Sharing the text of another schema would be a silent, wrong result.
  if (schema_ != &schema) throw std::logic_error("one SdlText serves one schema");
  return text_;
}

}  // namespace lys::emit
