// Names as SQL and GraphQL see them: no SQL reserved words, and no two schema
// names that map to the same table, column, GraphQL type or GraphQL field.
#include <cctype>
#include <map>
#include <set>

#include "compiler/ir/graphql_names.h"
#include "compiler/ir/naming.h"
#include "compiler/sema/passes.h"

namespace lys::sema {

namespace {

// First come, first served: a later name mapping to a taken identifier is an error.
class IdentifierRegistry {
 public:
  IdentifierRegistry(Context& context, std::string kind)
      : context_(context), kind_(std::move(kind)) {}

  // True when the identifier was free.
  bool claim(const std::string& identifier, const std::string& owner, SourceSpan span,
             bool has_location = true) {
    auto [it, inserted] = owners_.emplace(identifier, Owner{owner, span, has_location});
    if (inserted) return true;
    Diagnostic& d = context_.error(span, owner + " has the same " + kind_ + " '" + identifier +
                                             "' as " + it->second.name + "; rename one of them");
    if (it->second.has_location)
      add_note(d, it->second.span, it->second.name + " is declared here");
    return false;
  }

 private:
  struct Owner {
    std::string name;
    SourceSpan span;
    bool has_location;
  };
  Context& context_;
  std::string kind_;
  std::map<std::string, Owner> owners_;
};

void reject_reserved(Context& context, const std::string& word, SourceSpan span,
                     const std::string& what, const std::string& suggestion) {
  if (!ir::naming::is_sql_reserved(word)) return;
  context.error(span, what + " '" + word +
                          "' is a reserved word in SQL; choose another name, such as '" +
                          suggestion + "'");
}

std::string capitalized(std::string name) {
  if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

void check_entity_fields(Context& context, const ir::Entity& entity) {
  IdentifierRegistry columns(context, "SQL column");
  IdentifierRegistry graphql(context, "GraphQL field");
  for (const ir::Field& field : entity.fields) {
    const bool declared = field.implicit == ir::ImplicitField::None && field.span != SourceSpan{};
    const std::string owner = "field '" + field.name + "'";
    if (declared) {
      reject_reserved(context, field.column, field.span, "field",
                      ir::naming::snake_case(entity.name) + "_" + field.column);
    }
    columns.claim(field.column, owner, field.span, declared);
    graphql.claim(field.graphql_name, owner, field.span, declared);
  }
}

// The GraphQL types lys derives from an entity's type: reserved like the entity's own.
void claim_derived_types(IdentifierRegistry& types, const ir::Entity& entity,
                         const std::string& owner) {
  namespace names = ir::graphql_names;
  const std::string& type = entity.graphql_name;
  for (const std::string& derived :
       {names::connection_type(type), names::edge_type(type), names::filter_type(type),
        names::order_type(type), names::order_field_type(type), names::payload_type(type),
        names::mutation_input_type("create", type), names::mutation_input_type("update", type),
        names::mutation_input_type("delete", type)}) {
    types.claim(derived, "the type '" + derived + "' generated for " + owner, entity.span);
  }
}

}  // namespace

void check_identifiers(Context& context) {
  for (const AppDecl& app : context.apps) {
    reject_reserved(context, app.ast->name.text, app.ast->name.span, "app",
                    ir::naming::pluralize(app.ast->name.text));
  }
  IdentifierRegistry tables(context, "SQL table");
  IdentifierRegistry types(context, "GraphQL type");
  IdentifierRegistry root_fields(context, "GraphQL root field");
  // Entities whose own type name is taken: their derived names would only repeat that error.
  std::set<std::string> clashing;
  for (const std::string& name : ir::graphql_names::fixed_types()) {
    types.claim(name, "the built-in type '" + name + "'", {}, false);
  }
  for (const std::string& name : ir::graphql_names::fixed_root_fields()) {
    root_fields.claim(name, "the built-in field '" + name + "'", {}, false);
  }
  for (const ir::Entity& entity : context.schema.entities) {
    const std::string owner = "entity '" + entity.qualified + "'";
    reject_reserved(context, entity.name, entity.span, "entity", capitalized(entity.name));
    tables.claim(entity.table, owner, entity.span);
    if (!entity.hidden) {
      if (types.claim(entity.graphql_name, owner, entity.span)) {
        claim_derived_types(types, entity, owner);
        root_fields.claim(entity.graphql_plural, owner, entity.span);
        root_fields.claim(ir::naming::graphql_singular(entity.name), owner, entity.span);
      } else {
        clashing.insert(entity.qualified);
      }
    }
    check_entity_fields(context, entity);
  }
  for (const ir::Enum& decl : context.schema.enums) {
    const std::string owner = "enum '" + decl.qualified + "'";
    types.claim(decl.graphql_name, owner, decl.span);
    const std::string filter = ir::graphql_names::filter_type(decl.graphql_name);
    types.claim(filter, "the type '" + filter + "' generated for " + owner, decl.span);
  }
  for (const ir::NamedOperation& op : context.schema.operations) {
    const std::string owner = (op.kind == ir::OperationKind::Query ? "query '" : "mutation '") +
                              op.app + "." + op.name + "'";
    if (op.kind == ir::OperationKind::Query) root_fields.claim(op.graphql_name, owner, op.span);
  }
  IdentifierRegistry mutations(context, "GraphQL mutation field");
  for (const std::string& name : ir::graphql_names::fixed_mutation_fields()) {
    mutations.claim(name, "the built-in mutation '" + name + "'", {}, false);
  }
  for (const ir::Entity& entity : context.schema.entities) {
    if (entity.hidden || clashing.contains(entity.qualified)) continue;
    for (const char* verb : {"create", "update", "delete"}) {
      const std::string field = ir::graphql_names::mutation_field(verb, entity.graphql_name);
      mutations.claim(
          field, "the mutation '" + field + "' generated for entity '" + entity.qualified + "'",
          entity.span);
    }
  }
  for (const ir::NamedOperation& op : context.schema.operations) {
    if (op.kind == ir::OperationKind::Mutation) {
      mutations.claim(op.graphql_name, "mutation '" + op.app + "." + op.name + "'", op.span);
    }
  }
}

}  // namespace lys::sema
