// Hand-built IR for the snapshot, SQL and migration tests: a small shop in the shape
// sema produces (implicit fields, final SQL names), so the tests do not depend on
// the front end.
#pragma once

#include <string>
#include <utility>

#include "compiler/ir/ir.h"

namespace lys::testing {

inline ir::Type scalar(ir::ScalarType kind, int length = 0) {
  ir::Type type;
  type.scalar = kind;
  type.length = length;
  return type;
}

inline ir::Type decimal(int precision, int scale) {
  ir::Type type = scalar(ir::ScalarType::Decimal);
  type.precision = precision;
  type.scale = scale;
  return type;
}

inline ir::Type enum_type(const std::string& qualified) {
  ir::Type type;
  type.kind = ir::Type::Kind::Enum;
  type.target = qualified;
  return type;
}

inline ir::Value value(ir::Value::Kind kind, std::string text = "") {
  ir::Value constant;
  constant.kind = kind;
  constant.text = std::move(text);
  return constant;
}

inline ir::Field field(const std::string& name, ir::Type type, bool nullable = false) {
  ir::Field field;
  field.name = name;
  field.column = name;
  field.graphql_name = name;
  field.type = std::move(type);
  field.nullable = nullable;
  return field;
}

inline ir::Field reference(const std::string& name, const std::string& target, bool parametric,
                           bool nullable = false) {
  ir::Type type = parametric ? scalar(ir::ScalarType::String, ir::kParametricIdLength)
                             : scalar(ir::ScalarType::Uuid);
  type.kind = ir::Type::Kind::Reference;
  type.target = target;
  ir::Field ref = field(name, type, nullable);
  ref.column = name + "_id";
  return ref;
}

// `name >= 0`-style condition over one integer-ish field.
inline ir::Expr at_least(const std::string& field_name, const std::string& minimum) {
  ir::Expr column;
  column.kind = ir::Expr::Kind::Field;
  column.type = scalar(ir::ScalarType::Int);
  column.path = {field_name};
  ir::Expr literal;
  literal.kind = ir::Expr::Kind::Literal;
  literal.type = scalar(ir::ScalarType::Int);
  literal.value = value(ir::Value::Kind::Int, minimum);
  ir::Expr comparison;
  comparison.kind = ir::Expr::Kind::Binary;
  comparison.type = scalar(ir::ScalarType::Bool);
  comparison.binary_op = ir::BinaryOp::Ge;
  comparison.operands = {column, literal};
  return comparison;
}

// `field IN (values…)`, the check sema adds for an enum field.
inline ir::Expr enum_check(const std::string& field_name, const ir::Enum& enumeration) {
  ir::Expr in;
  in.kind = ir::Expr::Kind::In;
  in.type = scalar(ir::ScalarType::Bool);
  ir::Expr column;
  column.kind = ir::Expr::Kind::Field;
  column.type = enum_type(enumeration.qualified);
  column.path = {field_name};
  in.operands.push_back(column);
  for (const ir::EnumValue& enum_value : enumeration.values) {
    ir::Expr literal;
    literal.type = column.type;
    literal.value = value(ir::Value::Kind::EnumValue, enum_value.name);
    literal.value.target = enumeration.qualified;
    in.operands.push_back(literal);
  }
  return in;
}

// An entity with the implicit fields sema adds around `declared`.
inline ir::Entity entity(const std::string& app, const std::string& name, const std::string& table,
                         std::vector<ir::Field> declared, bool parametric = false) {
  ir::Entity result;
  result.app = app;
  result.name = name;
  result.qualified = app + "." + name;
  result.table = table;
  result.graphql_name = name;
  result.graphql_plural = name + "s";
  result.kind = parametric ? ir::EntityKind::Parametric : ir::EntityKind::Entity;
  ir::Field id = parametric ? field("id", scalar(ir::ScalarType::String, ir::kParametricIdLength))
                            : field("id", scalar(ir::ScalarType::Uuid));
  id.implicit = ir::ImplicitField::Id;
  result.fields.push_back(id);
  for (ir::Field& declared_field : declared) result.fields.push_back(std::move(declared_field));
  if (parametric) {
    ir::Field enabled = field("enabled", scalar(ir::ScalarType::Bool));
    enabled.default_value = value(ir::Value::Kind::Bool);
    enabled.default_value->boolean = true;
    enabled.implicit = ir::ImplicitField::Enabled;
    result.fields.push_back(enabled);
  }
  for (auto [column, implicit] : {std::pair{"created_at", ir::ImplicitField::CreatedAt},
                                  std::pair{"updated_at", ir::ImplicitField::UpdatedAt}}) {
    ir::Field timestamp = field(column, scalar(ir::ScalarType::DateTime));
    timestamp.default_value = value(ir::Value::Kind::Now);
    timestamp.implicit = implicit;
    result.fields.push_back(timestamp);
  }
  ir::Field version = field("version", scalar(ir::ScalarType::Int));
  version.default_value = value(ir::Value::Kind::Int, "1");
  version.implicit = ir::ImplicitField::Version;
  result.fields.push_back(version);
  return result;
}

inline ir::Entity* find(ir::Schema& schema, const std::string& qualified) {
  for (ir::Entity& candidate : schema.entities) {
    if (candidate.qualified == qualified) return &candidate;
  }
  return nullptr;
}

inline ir::Field* find(ir::Entity& owner, const std::string& field_name) {
  for (ir::Field& candidate : owner.fields) {
    if (candidate.name == field_name) return &candidate;
  }
  return nullptr;
}

// catalog: ProductStatus, ProductCategory (parametric), Product.
inline ir::Schema shop_schema() {
  ir::Schema schema;
  schema.apps.push_back({"catalog", {}, "Catalog of products.", {}});
  schema.enums.push_back({"catalog",
                          "ProductStatus",
                          "catalog.ProductStatus",
                          "ProductStatus",
                          {{"DRAFT", ""}, {"ACTIVE", "Visible to everyone."}, {"ARCHIVED", ""}},
                          "Where a product is in its life.",
                          {}});

  ir::Field description = field("description", scalar(ir::ScalarType::Text), true);
  description.doc = "Shown in the storefront's menu.";
  ir::Entity category = entity("catalog", "ProductCategory", "catalog_product_category",
                               {description}, /*parametric=*/true);
  category.doc = "Reference data.";
  schema.entities.push_back(category);

  ir::Field status = field("status", enum_type("catalog.ProductStatus"));
  status.default_value = value(ir::Value::Kind::EnumValue, "DRAFT");
  status.default_value->target = "catalog.ProductStatus";
  ir::Field stock = field("stock", scalar(ir::ScalarType::Int));
  stock.default_value = value(ir::Value::Kind::Int, "0");
  ir::Field name = field("name", scalar(ir::ScalarType::String, 255));
  name.search = true;
  name.doc = "The product's name, as shown to buyers.";
  ir::Entity product =
      entity("catalog", "Product", "catalog_product",
             {name, field("price", decimal(10, 2)), status, stock,
              reference("category", "catalog.ProductCategory", /*parametric=*/true),
              field("featured", scalar(ir::ScalarType::Bool)),
              field("attributes", scalar(ir::ScalarType::Json), true)});
  find(product, "featured")->default_value = value(ir::Value::Kind::Bool);
  product.doc = "A product in the catalog.";
  product.indexes.push_back({"uq_catalog_product_name", {"name"}, true, {}});
  product.indexes.push_back({"ix_catalog_product_category_id", {"category"}, false, {}});
  product.checks.push_back(
      {"ck_catalog_product_status", enum_check("status", schema.enums[0]), {}});
  product.checks.push_back({"ck_catalog_product_stock", at_least("stock", "0"), {}});
  schema.entities.push_back(product);
  return schema;
}

}  // namespace lys::testing
