#include "catalog_model.h"

#include <string>
#include <utility>

namespace lys::test {

namespace {

using model::DefaultKind;
using model::Field;
using model::Implicit;
using model::Kind;

std::string camel_case(const std::string& name) {
  std::string out;
  bool upper = false;
  for (char c : name) {
    if (c == '_') {
      upper = true;
    } else {
      out += upper ? static_cast<char>(c - 'a' + 'A') : c;
      upper = false;
    }
  }
  return out;
}

Field field(std::string name, Kind kind, bool nullable = false) {
  Field result;
  result.column = name;
  result.graphql_name = camel_case(name);
  result.name = std::move(name);
  result.kind = kind;
  result.nullable = nullable;
  return result;
}

Field string_field(std::string name, int length, bool nullable = false) {
  Field result = field(std::move(name), Kind::String, nullable);
  result.length = length;
  return result;
}

Field reference(std::string name, int target, bool parametric_target, bool nullable = false) {
  Field result = field(name, Kind::Reference, nullable);
  result.column = name + "_id";
  result.target = target;
  result.key_kind = parametric_target ? Kind::String : Kind::Uuid;
  return result;
}

Field with_default(Field result, DefaultKind kind, std::string value = {}) {
  result.default_kind = kind;
  result.default_value = std::move(value);
  return result;
}

Field implicit(std::string name, Kind kind, Implicit which, DefaultKind default_kind,
               std::string value = {}) {
  Field result = with_default(field(std::move(name), kind), default_kind, std::move(value));
  result.implicit = which;
  return result;
}

model::Entity entity(std::string app, std::string name, std::string plural, std::string table,
                     bool parametric) {
  model::Entity result;
  result.qualified = app + "." + name;
  result.graphql_name = name;
  result.name = std::move(name);
  result.graphql_plural = std::move(plural);
  result.table = std::move(table);
  result.parametric = parametric;
  result.operations = {true, true, true, true};
  Field id = parametric ? string_field("id", 64) : field("id", Kind::Uuid);
  id.implicit = Implicit::Id;
  result.fields.push_back(id);
  return result;
}

void add_timestamps(model::Entity& target) {
  target.fields.push_back(
      implicit("created_at", Kind::DateTime, Implicit::CreatedAt, DefaultKind::Now));
  target.fields.push_back(
      implicit("updated_at", Kind::DateTime, Implicit::UpdatedAt, DefaultKind::Now));
  target.fields.push_back(
      implicit("version", Kind::Int, Implicit::Version, DefaultKind::Constant, "1"));
}

model::Entity user() {
  model::Entity result = entity("auth", "User", "users", "auth_user", false);
  result.fields.push_back(string_field("email", 255));
  Field password = string_field("password_hash", 255);
  password.hidden = true;
  result.fields.push_back(password);
  result.fields.push_back(string_field("first_name", 100, true));
  result.fields.push_back(string_field("last_name", 100, true));
  Field last_login = field("last_login_at", Kind::DateTime, true);
  last_login.readonly = true;
  result.fields.push_back(last_login);
  add_timestamps(result);
  result.unique_indexes.push_back({"uq_auth_user_email", {1}});
  return result;
}

model::Entity client() {
  model::Entity result = entity("organization", "Client", "clients", "organization_client", false);
  result.fields.push_back(string_field("name", 255));
  result.fields.push_back(
      with_default(reference("owner", kUser, false, true), DefaultKind::CurrentUser));
  add_timestamps(result);
  result.unique_indexes.push_back({"uq_organization_client_name", {1}});
  return result;
}

model::Entity product_category() {
  model::Entity result =
      entity("catalog", "ProductCategory", "productCategories", "catalog_product_category", true);
  result.fields.push_back(field("description", Kind::Text, true));
  result.fields.push_back(
      implicit("enabled", Kind::Bool, Implicit::Enabled, DefaultKind::Constant, "true"));
  add_timestamps(result);
  result.inverse_relations.push_back({"products", kProduct, 14});
  return result;
}

model::Entity product() {
  model::Entity result = entity("catalog", "Product", "products", "catalog_product", false);
  result.fields.push_back(string_field("name", 255));  // 1
  Field price = field("price", Kind::Decimal);         // 2
  price.precision = 10;
  price.scale = 2;
  result.fields.push_back(price);
  Field status = with_default(field("status", Kind::Enum), DefaultKind::Constant, "DRAFT");  // 3
  status.enum_values = {"DRAFT", "ACTIVE", "ARCHIVED"};
  result.fields.push_back(status);
  result.fields.push_back(with_default(field("stock", Kind::Int), DefaultKind::Constant, "0"));
  result.fields.push_back(field("description", Kind::Text, true));  // 5
  result.fields.push_back(field("sku", Kind::Uuid));                // 6
  result.fields.push_back(field("weight_grams", Kind::BigInt, true));
  result.fields.push_back(field("rating", Kind::Float, true));
  result.fields.push_back(field("released_on", Kind::Date, true));
  result.fields.push_back(field("attributes", Kind::Json, true));  // 10
  Field thumbnail = field("thumbnail", Kind::Bytes, true);
  thumbnail.hidden = true;
  result.fields.push_back(thumbnail);
  result.fields.push_back(
      with_default(field("featured", Kind::Bool), DefaultKind::Constant, "false"));
  result.fields.push_back(field("published_at", Kind::DateTime, true));
  result.fields.push_back(reference("category", kProductCategory, true));  // 14
  Field client_field = reference("client", kClient, false);                // 15
  client_field.soft = true;
  result.fields.push_back(client_field);
  result.fields.push_back(
      with_default(reference("owner", kUser, false, true), DefaultKind::CurrentUser));
  Field legacy_code = string_field("legacy_code", 32, true);
  legacy_code.readonly = true;
  result.fields.push_back(legacy_code);
  add_timestamps(result);
  result.unique_indexes.push_back({"uq_catalog_product_sku", {6}});
  result.unique_indexes.push_back({"uq_catalog_product_client_id_name", {15, 1}});
  return result;
}

model::Entity review() {
  model::Entity result = entity("catalog", "Review", "reviews", "catalog_review", false);
  result.fields.push_back(reference("product", kProduct, false));
  result.fields.push_back(
      with_default(reference("author", kUser, false, true), DefaultKind::CurrentUser));
  result.fields.push_back(field("rating", Kind::Int));
  result.fields.push_back(field("body", Kind::Text, true));
  add_timestamps(result);
  return result;
}

// archiveProduct(product: Product): Product set status = ARCHIVED;
// importCatalog(url: string): int extern.
std::vector<model::NamedOperation> operations() {
  model::NamedOperation archive;
  archive.graphql_name = "archiveProduct";
  archive.mutation = true;
  archive.parameters.push_back({"product", "product", Kind::Reference, kProduct, false});
  archive.result_entity = kProduct;
  archive.result_nullable = true;
  archive.target_parameter = 0;
  archive.assignments.push_back({3, {"'ARCHIVED'", "'ARCHIVED'"}});

  model::NamedOperation import;
  import.graphql_name = "importCatalog";
  import.mutation = true;
  import.is_extern = true;
  import.parameters.push_back({"url", "url", Kind::Text, -1, false});
  import.result_kind = Kind::Int;
  return {archive, import};
}

model::Model build() {
  model::Model result;
  result.entities = {user(), client(), product_category(), product(), review()};
  result.operations = operations();
  return result;
}

}  // namespace

const model::Model& catalog_model() {
  static const model::Model kModel = build();
  return kModel;
}

}  // namespace lys::test
