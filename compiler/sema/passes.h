// The passes of semantic analysis, in the order analyze() runs them. Each reads
// what earlier passes put in the Context and reports every problem it finds.
#pragma once

#include <vector>

#include "compiler/ast/ast.h"
#include "compiler/sema/context.h"

namespace lys::sema {

// Apps: duplicates, `uses` (unknown apps, cycles), then dependency order.
void declare_apps(Context& context, const std::vector<ast::File>& files);
// Enums and entities of every app: names, duplicates, entity annotations and roles.
void declare_types(Context& context);
// Fixture keys of every `fixtures` block, so that references can be resolved.
void declare_fixture_keys(Context& context);
// Every entity's columns: implicit fields, declared fields, their types and defaults.
void build_fields(Context& context);
// Indexes, checks, tenant and owner of every entity.
void build_constraints(Context& context);
// `allow` rules of entities.
void check_entity_permissions(Context& context);
// Fixture values, references and load order.
void check_fixtures(Context& context);
// Named queries and mutations.
void check_operations(Context& context);
// Required hard references that form a cycle.
void check_reference_cycles(Context& context);
// SQL and GraphQL identifiers: reserved words and collisions after mapping.
void check_identifiers(Context& context);

}  // namespace lys::sema
