// Names of entities and enums as written in an app (`Product`, `auth.User`), and
// type spellings (`decimal(10, 2)?`, `soft organization.Client`) resolved to IR types.
#pragma once

#include <optional>
#include <string>

#include "compiler/sema/context.h"

namespace lys::sema {

struct Declaration {
  enum class Kind { Entity, Enum };
  Kind kind = Kind::Entity;
  std::string qualified;
};

// Resolves a name written in `app`: unqualified names in the app itself first, then
// in the apps it uses; `other.Name` only when `app` uses `other`. Reports failures.
std::optional<Declaration> resolve_declaration(Context& context, const std::string& app,
                                               const ast::QualifiedName& name);
// The same, for positions where only an entity makes sense.
std::optional<std::string> resolve_entity(Context& context, const std::string& app,
                                          const ast::QualifiedName& name);

enum class TypeUse { Field, Parameter, Result };

struct ResolvedType {
  ir::Type type;
  bool nullable = false;
  ir::OnDelete on_delete = ir::OnDelete::Restrict;
};

std::optional<ResolvedType> resolve_type(Context& context, const std::string& app,
                                         const ast::TypeRef& ref, TypeUse use);

// A reference to `entity` as an IR type (its key type: uuid or the parametric code).
ir::Type reference_type(const ir::Entity& entity, bool soft = false);

// The type as written in lys, for messages: "decimal(10, 2)", "catalog.Product".
std::string type_name(const ir::Type& type);

}  // namespace lys::sema
