#include "compiler/sema/resolve_types.h"

#include <algorithm>
#include <array>

#include "compiler/diag/suggest.h"

namespace lys::sema {

namespace {

struct BuiltinType {
  std::string_view name;
  ir::ScalarType scalar;
};

constexpr std::array<BuiltinType, 12> kBuiltins = {{
    {"bool", ir::ScalarType::Bool},
    {"int", ir::ScalarType::Int},
    {"bigint", ir::ScalarType::BigInt},
    {"float", ir::ScalarType::Float},
    {"decimal", ir::ScalarType::Decimal},
    {"string", ir::ScalarType::String},
    {"text", ir::ScalarType::Text},
    {"uuid", ir::ScalarType::Uuid},
    {"date", ir::ScalarType::Date},
    {"datetime", ir::ScalarType::DateTime},
    {"json", ir::ScalarType::Json},
    {"bytes", ir::ScalarType::Bytes},
}};

constexpr std::int64_t kMaxStringLength = 10485760;
constexpr std::int64_t kMaxDecimalPrecision = 1000;

const BuiltinType* find_builtin(const ast::QualifiedName& name) {
  if (name.parts.size() != 1) return nullptr;
  auto it = std::find_if(kBuiltins.begin(), kBuiltins.end(),
                         [&](const BuiltinType& b) { return b.name == name.parts[0].text; });
  return it == kBuiltins.end() ? nullptr : &*it;
}

std::optional<Declaration> find_declaration(const Context& context, const std::string& qualified) {
  if (context.entities.count(qualified)) return Declaration{Declaration::Kind::Entity, qualified};
  if (context.enums.count(qualified)) return Declaration{Declaration::Kind::Enum, qualified};
  return std::nullopt;
}

// Names visible from `app`, spelled the way the app would write them.
std::vector<std::string> visible_names(const Context& context, const std::string& app,
                                       bool include_builtins) {
  std::vector<std::string> names;
  if (include_builtins) {
    for (const BuiltinType& builtin : kBuiltins) names.emplace_back(builtin.name);
  }
  auto add = [&](const std::string& owner, const std::string& name) {
    if (owner == app) {
      names.push_back(name);
    } else if (context.can_see(app, owner)) {
      names.push_back(owner + "." + name);
    }
  };
  for (const ir::Entity& entity : context.schema.entities) add(entity.app, entity.name);
  for (const ir::Enum& decl : context.schema.enums) add(decl.app, decl.name);
  return names;
}

std::string kind_of_closest(const Context& context, const std::string& app,
                            const std::string& written, bool include_builtins) {
  auto match = closest_match(written, visible_names(context, app, include_builtins));
  if (!match) return include_builtins ? "type" : "entity";
  std::string qualified = match->find('.') == std::string::npos ? qualify(app, *match) : *match;
  if (context.enums.count(qualified)) return "enum";
  if (context.entities.count(qualified)) return "entity";
  return "type";
}

std::optional<Declaration> resolve_unqualified(Context& context, const std::string& app,
                                               const ast::Name& name, bool include_builtins) {
  if (auto local = find_declaration(context, qualify(app, name.text))) return local;
  std::vector<Declaration> in_used;
  const AppDecl* decl = context.find_app(app);
  for (const std::string& used : decl ? decl->uses : std::vector<std::string>{}) {
    if (auto found = find_declaration(context, qualify(used, name.text))) in_used.push_back(*found);
  }
  if (in_used.size() == 1) return in_used.front();
  if (in_used.size() > 1) {
    context.error(name.span, "'" + name.text + "' is ambiguous: it names '" + in_used[0].qualified +
                                 "' and '" + in_used[1].qualified + "'; qualify it");
    return std::nullopt;
  }
  for (const AppDecl& other : context.apps) {
    const std::string& other_name = other.ast->name.text;
    if (find_declaration(context, qualify(other_name, name.text))) {
      context.error(name.span, "'" + name.text + "' is declared in app '" + other_name +
                                   "', which '" + app + "' does not use; add 'uses " + other_name +
                                   "'");
      return std::nullopt;
    }
  }
  context.error(name.span,
                "unknown " + kind_of_closest(context, app, name.text, include_builtins) + " '" +
                    name.text + "'" +
                    did_you_mean(name.text, visible_names(context, app, include_builtins)));
  return std::nullopt;
}

std::optional<Declaration> resolve_qualified(Context& context, const std::string& app,
                                             const ast::QualifiedName& name,
                                             bool include_builtins) {
  const std::string written = name.str();
  if (name.parts.size() != 2) {
    context.error(name.span, "'" + written + "' is not a type name; write 'app.Name'");
    return std::nullopt;
  }
  const ast::Name& owner = name.parts[0];
  if (!context.find_app(owner.text)) {
    std::vector<std::string> apps;
    for (const AppDecl& decl : context.apps) apps.push_back(decl.ast->name.text);
    context.error(owner.span, "unknown app '" + owner.text + "'" + did_you_mean(owner.text, apps));
    return std::nullopt;
  }
  if (!context.can_see(app, owner.text)) {
    context.error(name.span, "app '" + app + "' does not use '" + owner.text + "'; add 'uses " +
                                 owner.text + "' to refer to '" + written + "'");
    return std::nullopt;
  }
  if (auto found = find_declaration(context, written)) return found;
  context.error(name.span,
                "unknown " + kind_of_closest(context, app, written, include_builtins) + " '" +
                    written + "'" +
                    did_you_mean(written, visible_names(context, app, include_builtins)));
  return std::nullopt;
}

std::optional<Declaration> resolve(Context& context, const std::string& app,
                                   const ast::QualifiedName& name, bool include_builtins) {
  if (name.parts.empty()) return std::nullopt;
  if (name.parts.size() == 1)
    return resolve_unqualified(context, app, name.parts[0], include_builtins);
  return resolve_qualified(context, app, name, include_builtins);
}

bool check_argument_count(Context& context, const ast::TypeRef& ref, std::size_t expected,
                          const std::string& spelling) {
  if (ref.arguments.size() == expected) return true;
  context.error(ref.span, expected == 0
                              ? "type '" + ref.name.str() + "' takes no arguments"
                              : "type '" + ref.name.str() + "' needs arguments: " + spelling);
  return false;
}

bool in_range(Context& context, const ast::TypeArgument& argument, std::int64_t low,
              std::int64_t high, const std::string& what) {
  if (argument.value >= low && argument.value <= high) return true;
  context.error(argument.span, what + " must be between " + std::to_string(low) + " and " +
                                   std::to_string(high) + ", not " +
                                   std::to_string(argument.value));
  return false;
}

std::optional<ir::Type> scalar_type(Context& context, const ast::TypeRef& ref,
                                    const BuiltinType& builtin, TypeUse use) {
  ir::Type type;
  type.scalar = builtin.scalar;
  // Parameters may leave string and decimal unbounded.
  const bool bounds_optional = use != TypeUse::Field && ref.arguments.empty();
  switch (builtin.scalar) {
    case ir::ScalarType::String:
      if (bounds_optional) {
        type.scalar = ir::ScalarType::Text;
        return type;
      }
      if (!check_argument_count(context, ref, 1, "string(length); use 'text' for unbounded text") ||
          !in_range(context, ref.arguments[0], 1, kMaxStringLength, "string length")) {
        return std::nullopt;
      }
      type.length = static_cast<int>(ref.arguments[0].value);
      return type;
    case ir::ScalarType::Decimal:
      if (bounds_optional) return type;
      if (!check_argument_count(context, ref, 2, "decimal(precision, scale)") ||
          !in_range(context, ref.arguments[0], 1, kMaxDecimalPrecision, "decimal precision") ||
          !in_range(context, ref.arguments[1], 0, ref.arguments[0].value, "decimal scale")) {
        return std::nullopt;
      }
      type.precision = static_cast<int>(ref.arguments[0].value);
      type.scale = static_cast<int>(ref.arguments[1].value);
      return type;
    default:
      if (!check_argument_count(context, ref, 0, "")) return std::nullopt;
      return type;
  }
}

}  // namespace

std::optional<Declaration> resolve_declaration(Context& context, const std::string& app,
                                               const ast::QualifiedName& name) {
  return resolve(context, app, name, false);
}

std::optional<std::string> resolve_entity(Context& context, const std::string& app,
                                          const ast::QualifiedName& name) {
  auto found = resolve(context, app, name, false);
  if (!found) return std::nullopt;
  if (found->kind != Declaration::Kind::Entity) {
    context.error(name.span, "'" + name.str() + "' is an enum, not an entity");
    return std::nullopt;
  }
  return found->qualified;
}

ir::Type reference_type(const ir::Entity& entity, bool soft) {
  ir::Type type;
  type.kind = ir::Type::Kind::Reference;
  type.target = entity.qualified;
  type.soft = soft;
  if (entity.kind == ir::EntityKind::Parametric) {
    type.scalar = ir::ScalarType::String;
    type.length = ir::kParametricIdLength;
  } else {
    type.scalar = ir::ScalarType::Uuid;
  }
  return type;
}

std::optional<ResolvedType> resolve_type(Context& context, const std::string& app,
                                         const ast::TypeRef& ref, TypeUse use) {
  ResolvedType out;
  out.nullable = ref.nullable;
  std::optional<ir::Type> type;
  if (const BuiltinType* builtin = find_builtin(ref.name)) {
    type = scalar_type(context, ref, *builtin, use);
  } else if (auto decl = resolve(context, app, ref.name, true)) {
    if (!ref.arguments.empty()) {
      context.error(ref.arguments.front().span, "'" + ref.name.str() + "' takes no arguments");
    } else if (decl->kind == Declaration::Kind::Enum) {
      type = ir::Type{};
      type->kind = ir::Type::Kind::Enum;
      type->target = decl->qualified;
    } else {
      type = reference_type(*context.find_entity(decl->qualified), ref.soft);
    }
  }
  if (!type) return std::nullopt;

  const bool is_reference = type->kind == ir::Type::Kind::Reference;
  if (ref.soft && !is_reference) {
    context.error(ref.span, "'soft' applies only to references to entities");
  }
  if (ref.on_delete) {
    if (use != TypeUse::Field) {
      context.error(ref.on_delete_span, "'on delete' applies only to fields");
    } else if (!is_reference || ref.soft) {
      context.error(ref.on_delete_span, "'on delete' applies only to hard references");
    } else if (*ref.on_delete == ast::OnDelete::SetNull && !ref.nullable) {
      context.error(ref.on_delete_span,
                    "'on delete set null' needs a nullable field; write '" + ref.name.str() + "?'");
    }
    out.on_delete = *ref.on_delete == ast::OnDelete::Cascade   ? ir::OnDelete::Cascade
                    : *ref.on_delete == ast::OnDelete::SetNull ? ir::OnDelete::SetNull
                                                               : ir::OnDelete::Restrict;
  }
  out.type = *type;
  return out;
}

std::string type_name(const ir::Type& type) {
  if (type.kind != ir::Type::Kind::Scalar) return type.target;
  auto it = std::find_if(kBuiltins.begin(), kBuiltins.end(),
                         [&](const BuiltinType& b) { return b.scalar == type.scalar; });
  std::string name(it->name);
  if (type.scalar == ir::ScalarType::String) return name + "(" + std::to_string(type.length) + ")";
  if (type.scalar == ir::ScalarType::Decimal && type.precision > 0) {
    return name + "(" + std::to_string(type.precision) + ", " + std::to_string(type.scale) + ")";
  }
  return name;
}

}  // namespace lys::sema
