// Pieces of the generated runtime model (cpp/model.cpp): how IR kinds, values and
// entities are spelled as lys::model initialisers.
#pragma once

#include <string>

#include "compiler/ir/ir.h"

namespace lys::emit::cpp {

// "Kind::Decimal", "Kind::Reference", …
std::string model_kind(const ir::Type& type);

// The text form of a constant, as model::Field::default_value and fixtures hold it:
// "DRAFT", "0", "true", "9.99".
std::string constant_text(const ir::Value& value);

// The name of the constant holding an entity's index in Model::entities: kCatalogProduct.
std::string entity_index_name(const ir::Entity& entity);

// The constant naming a referenced entity's index, or "-1" when it is not in the schema.
std::string entity_index_of(const ir::Schema& schema, const std::string& qualified);

// Index of a field in its entity's table order, or -1.
int field_index(const ir::Entity& entity, const std::string& field_name);

}  // namespace lys::emit::cpp
