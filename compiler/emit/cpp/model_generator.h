// cpp/model.h and cpp/model.cpp: the runtime model (lys/model/model.h) of the schema,
// built once on first use: entities, unique indexes, inverse relations, allowed
// operations, named operations with their SQL templates, fixtures and the SDL.
#pragma once

#include <string>

#include "compiler/emit/generator.h"
#include "compiler/emit/graphql/inverse_connections.h"

namespace lys::emit::cpp {

class ModelGenerator final : public Generator {
 public:
  void generate(const ir::Schema& schema, OutputSink& out) const override;
};

// The parts of cpp/model.cpp, one function per entity, operation and fixture set.
std::string entity_function(const ir::Schema& schema, const ir::Entity& entity,
                            const graphql::InverseConnections& inverse);
std::string operation_function(const ir::Schema& schema, const ir::NamedOperation& operation);
std::string fixtures_function(const ir::Schema& schema, const ir::FixtureSet& fixtures);

// The C++ functions' names: catalog_product(), catalog_search_products(), …
std::string entity_function_name(const ir::Entity& entity);
std::string operation_function_name(const ir::NamedOperation& operation);
std::string fixtures_function_name(const ir::FixtureSet& fixtures);

}  // namespace lys::emit::cpp
