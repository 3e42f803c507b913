// Which field changes can lose data: a type whose values do not all cast losslessly
// into the new one, a column becoming NOT NULL with nothing to fill its nulls, an
// enum losing values still stored.
#pragma once

#include <optional>
#include <string>

#include "compiler/ir/ir.h"

namespace lys::migrate {

// Why changing `from` (in `old_schema`) into `to` (in `new_schema`) may lose data,
// e.g. "changing field 'catalog.Product.name' from string(100) to string(50) would
// lose data"; nothing when the change is safe.
std::optional<std::string> field_change_loss(const ir::Schema& old_schema, const ir::Field& from,
                                             const ir::Schema& new_schema, const ir::Field& to,
                                             const std::string& qualified_field);

// The lys spelling of a type: "string(50)", "decimal(10,2)", "catalog.ProductStatus".
std::string type_name(const ir::Type& type);

}  // namespace lys::migrate
