// cpp/model.h and cpp/model.cpp: the runtime model (lys/model/model.h) of the schema,
// built once on first use: entities, unique indexes, inverse relations, allowed
// operations, named operations with their SQL templates, fixtures and the SDL.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/emit/generator.h"
#include "compiler/emit/graphql/inverse_connections.h"
#include "compiler/emit/graphql/sdl_text.h"

namespace lys::emit::cpp {

class ModelGenerator final : public Generator {
 public:
  // `sdl` may be shared with the other generators of the same build.
  explicit ModelGenerator(std::shared_ptr<SdlText> sdl = std::make_shared<SdlText>())
      : sdl_(std::move(sdl)) {}
  void generate(const ir::Schema& schema, OutputSink& out) const override;

 private:
  std::shared_ptr<SdlText> sdl_;
};

// The parts of cpp/model.cpp, one function per entity, operation and fixture set.
std::string entity_function(const ir::Schema& schema, const ir::Entity& entity,
                            const graphql::InverseConnections& inverse);
std::string operation_function(const ir::Schema& schema, const ir::NamedOperation& operation);
// `name` is the function's name (see fixtures_function_names).
std::string fixtures_function(const ir::Schema& schema, const ir::FixtureSet& fixtures,
                              const std::string& name);

// `<member>[kPostgres] = "…";` and the same for SQLite: the SQL template of `expr`
// over `row`, at `indent` columns.
std::string template_lines(const std::string& member, const ir::Expr& expr,
                           const ir::Schema& schema, const ir::Entity& row,
                           const std::vector<ir::Parameter>& parameters, std::size_t indent);
// Statements appending `rules` (those of `operation` only, when given) to the
// model::Rule vector `member`, their conditions as templates over `row`.
std::string rules_block(const std::string& member, const std::vector<ir::Rule>& rules,
                        std::optional<ir::Operation> operation, const ir::Schema& schema,
                        const ir::Entity& row, const std::vector<ir::Parameter>& parameters);

// The C++ functions' names: catalog_product(), catalog_search_products(), …
std::string entity_function_name(const ir::Entity& entity);
std::string operation_function_name(const ir::NamedOperation& operation);
// One per fixture set, in load order: auth_role_fixtures, then auth_role_fixtures_2 for
// a second set of the same entity (declared by another app).
std::vector<std::string> fixtures_function_names(const ir::Schema& schema);

}  // namespace lys::emit::cpp
