// How IR types become C++ types in the generated structs: text for decimals, uuids,
// dates and JSON (exact, and the database's own form), an enum class per enum, the
// key (uuid or business code) for a reference, std::optional for a nullable field.
#pragma once

#include <string>

#include "compiler/ir/ir.h"

namespace lys::emit::cpp {

// The value's type as seen from code in namespace `app`: "std::int32_t", "ProductStatus",
// "auth::Status" (an enum of another app).
std::string value_type(const ir::Schema& schema, const ir::Type& type, const std::string& app);

// The member's type: the value type, in std::optional when the field is nullable.
std::string member_type(const ir::Schema& schema, const ir::Field& field, const std::string& app);

// The member's name: the field's name, or its column for a reference (`category_id`).
std::string member_name(const ir::Field& field);

// ` = …` for a constant default the struct can start with, or "".
std::string member_initializer(const ir::Schema& schema, const ir::Field& field,
                               const std::string& app);

// The enum's C++ name as seen from namespace `app`.
std::string enum_type_name(const ir::Schema& schema, const std::string& qualified,
                           const std::string& app);

// Whether an entity's generated code needs the enums header of `enum_app`.
bool uses_enums_of(const ir::Entity& entity, const ir::Schema& schema, const std::string& enum_app);

}  // namespace lys::emit::cpp
