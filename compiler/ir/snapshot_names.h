// The spelling of every IR enum in the JSON snapshot. Written and read through the
// same tables, so a value can only be written if it can be read back.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "compiler/ir/ir.h"

namespace lys::ir::snapshot_names {

// Names indexed by the enumerator's value; specialised for every IR enum below.
template <typename E>
struct Names;

#define LYS_SNAPSHOT_NAMES(Enum, ...)                                            \
  template <>                                                                    \
  struct Names<Enum> {                                                           \
    static constexpr auto kAll = std::to_array<std::string_view>({__VA_ARGS__}); \
  }

LYS_SNAPSHOT_NAMES(ScalarType, "bool", "int", "bigint", "float", "decimal", "string", "text",
                   "uuid", "date", "datetime", "json", "bytes");
LYS_SNAPSHOT_NAMES(Type::Kind, "scalar", "enum", "reference");
LYS_SNAPSHOT_NAMES(OnDelete, "restrict", "cascade", "set_null");
LYS_SNAPSHOT_NAMES(Value::Kind, "null", "bool", "int", "decimal", "string", "enum_value",
                   "fixture_ref", "current_user", "current_org", "now");
LYS_SNAPSHOT_NAMES(BinaryOp, "or", "and", "eq", "ne", "lt", "le", "gt", "ge", "like", "ilike",
                   "add", "sub", "mul", "div");
LYS_SNAPSHOT_NAMES(UnaryOp, "not", "negate");
LYS_SNAPSHOT_NAMES(Expr::Kind, "literal", "field", "argument", "unary", "binary", "is_null", "in");
LYS_SNAPSHOT_NAMES(ImplicitField, "none", "id", "enabled", "created_at", "updated_at", "version");
LYS_SNAPSHOT_NAMES(Operation, "read", "create", "update", "delete");
LYS_SNAPSHOT_NAMES(Principal::Kind, "anonymous", "authenticated", "role", "org_role", "owner",
                   "internal", "admin");
LYS_SNAPSHOT_NAMES(EntityRole, "none", "user", "role", "user_role", "organization", "org_role",
                   "membership");
LYS_SNAPSHOT_NAMES(EntityKind, "entity", "parametric");
LYS_SNAPSHOT_NAMES(ResultShape, "single", "list", "connection");
LYS_SNAPSHOT_NAMES(OperationKind, "query", "mutation");

#undef LYS_SNAPSHOT_NAMES

template <typename E>
std::string_view name_of(E value) {
  return Names<E>::kAll.at(static_cast<std::size_t>(value));
}

template <typename E>
std::optional<E> parse(std::string_view name) {
  const auto& all = Names<E>::kAll;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i] == name) return static_cast<E>(i);
  }
  return std::nullopt;
}

}  // namespace lys::ir::snapshot_names
