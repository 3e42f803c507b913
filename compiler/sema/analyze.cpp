#include "compiler/sema/analyze.h"

#include "compiler/sema/passes.h"

namespace lys::sema {

std::optional<ir::Schema> analyze(const std::vector<ast::File>& files,
                                  DiagnosticEngine& diagnostics) {
  Context context(diagnostics);
  declare_apps(context, files);
  declare_types(context);
  declare_fixture_keys(context);
  build_fields(context);
  build_constraints(context);
  check_entity_permissions(context);
  check_fixtures(context);
  check_operations(context);
  check_reference_cycles(context);
  check_identifiers(context);
  if (diagnostics.has_errors()) return std::nullopt;
  context.schema.build_index();
  return std::move(context.schema);
}

}  // namespace lys::sema
