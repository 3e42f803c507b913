#include "compiler/sema/analyze.h"

namespace lys::sema {

// Minimal first version: records the apps. The full analysis replaces this.
std::optional<ir::Schema> analyze(const std::vector<ast::File>& files,
                                  DiagnosticEngine& diagnostics) {
  ir::Schema schema;
  for (const ast::File& file : files) {
    for (const ast::App& app : file.apps) {
      schema.apps.push_back(ir::App{app.name.text, {}, app.attributes.doc, app.span});
    }
  }
  if (diagnostics.has_errors()) return std::nullopt;
  return schema;
}

}  // namespace lys::sema
