#include "catalog_model.h"

#include <string>

namespace lys::query::test {

namespace {

using model::Field;
using model::Implicit;
using model::Kind;

std::string camel(const std::string& snake) {
  std::string out;
  bool upper = false;
  for (char c : snake) {
    if (c == '_') {
      upper = true;
    } else {
      out += upper ? static_cast<char>(c - 'a' + 'A') : c;
      upper = false;
    }
  }
  return out;
}

Field field(const std::string& name, Kind kind, bool nullable = false) {
  Field f;
  f.name = name;
  f.column = name;
  f.graphql_name = camel(name);
  f.kind = kind;
  f.nullable = nullable;
  return f;
}

Field reference(const std::string& name, int target, bool nullable, bool soft = false,
                Kind key_kind = Kind::Uuid) {
  Field f = field(name, Kind::Reference, nullable);
  f.column = name + "_id";
  f.target = target;
  f.soft = soft;
  f.key_kind = key_kind;
  return f;
}

Field with(Field f, auto&& change) {
  change(f);
  return f;
}

// These tests are about the SQL the planner writes: everything is open to everyone.
// Permissions have their own tests, over the generated model.
model::Rule everyone() {
  model::Rule rule;
  rule.principals.push_back({model::PrincipalKind::Anonymous, {}});
  return rule;
}

model::Entity entity(const std::string& app, const std::string& name, const std::string& table,
                     const std::string& plural, bool parametric) {
  model::Entity e;
  e.name = name;
  e.qualified = app + "." + name;
  e.graphql_name = name;
  e.graphql_plural = plural;
  e.table = table;
  e.parametric = parametric;
  e.operations = {true, true, true, true};
  e.permissions = {{everyone()}, {everyone()}, {everyone()}, {everyone()}};
  Field id = field("id", parametric ? Kind::String : Kind::Uuid);
  id.implicit = Implicit::Id;
  e.fields.push_back(id);
  return e;
}

void timestamps(model::Entity& e) {
  e.fields.push_back(with(field("created_at", Kind::DateTime),
                          [](Field& f) { f.implicit = Implicit::CreatedAt; }));
  e.fields.push_back(with(field("updated_at", Kind::DateTime),
                          [](Field& f) { f.implicit = Implicit::UpdatedAt; }));
  e.fields.push_back(
      with(field("version", Kind::Int), [](Field& f) { f.implicit = Implicit::Version; }));
}

model::Model build() {
  model::Model m;

  model::Entity user = entity("auth", "User", "auth_user", "users", false);
  user.fields.push_back(with(field("email", Kind::String), [](Field& f) { f.search = true; }));
  user.fields.push_back(
      with(field("password_hash", Kind::String), [](Field& f) { f.hidden = true; }));
  user.fields.push_back(field("first_name", Kind::String, true));
  user.fields.push_back(field("last_name", Kind::String, true));
  user.fields.push_back(field("last_login_at", Kind::DateTime, true));
  timestamps(user);

  model::Entity client = entity("organization", "Client", "organization_client", "clients", false);
  client.fields.push_back(with(field("name", Kind::String), [](Field& f) { f.search = true; }));
  client.fields.push_back(reference("owner", kUser, true));
  timestamps(client);

  model::Entity category =
      entity("catalog", "ProductCategory", "catalog_product_category", "productCategories", true);
  category.fields.push_back(field("description", Kind::Text, true));
  category.fields.push_back(
      with(field("enabled", Kind::Bool), [](Field& f) { f.implicit = Implicit::Enabled; }));
  timestamps(category);

  model::Entity product = entity("catalog", "Product", "catalog_product", "products", false);
  product.fields.push_back(with(field("name", Kind::String), [](Field& f) { f.search = true; }));
  product.fields.push_back(with(field("price", Kind::Decimal), [](Field& f) {
    f.precision = 10;
    f.scale = 2;
  }));
  product.fields.push_back(with(field("status", Kind::Enum), [](Field& f) {
    f.enum_values = {"DRAFT", "ACTIVE", "ARCHIVED"};
  }));
  product.fields.push_back(field("stock", Kind::Int));
  product.fields.push_back(field("description", Kind::Text, true));
  product.fields.push_back(field("sku", Kind::Uuid));
  product.fields.push_back(field("weight_grams", Kind::BigInt, true));
  product.fields.push_back(field("rating", Kind::Float, true));
  product.fields.push_back(field("released_on", Kind::Date, true));
  product.fields.push_back(field("attributes", Kind::Json, true));
  product.fields.push_back(
      with(field("thumbnail", Kind::Bytes, true), [](Field& f) { f.hidden = true; }));
  product.fields.push_back(field("featured", Kind::Bool));
  product.fields.push_back(field("published_at", Kind::DateTime, true));
  product.fields.push_back(reference("category", kProductCategory, false, false, Kind::String));
  product.fields.push_back(reference("client", kClient, false, true));
  product.fields.push_back(reference("owner", kUser, true));
  product.fields.push_back(field("legacy_code", Kind::String, true));
  timestamps(product);

  model::Entity review = entity("catalog", "Review", "catalog_review", "reviews", false);
  review.fields.push_back(reference("product", kProduct, false));
  review.fields.push_back(reference("author", kUser, true));
  review.fields.push_back(field("rating", Kind::Int));
  review.fields.push_back(field("body", Kind::Text, true));
  timestamps(review);

  m.entities = {user, client, category, product, review};
  auto inverse = [&m](int target, const char* name, int source, const char* source_field) {
    m.entities[static_cast<std::size_t>(target)].inverse_relations.push_back(
        {name, source, m.entities[static_cast<std::size_t>(source)].field_by_name(source_field)});
  };
  inverse(kUser, "clients", kClient, "owner");
  inverse(kUser, "products", kProduct, "owner");
  inverse(kUser, "reviews", kReview, "author");
  inverse(kProductCategory, "products", kProduct, "category");
  inverse(kProduct, "reviews", kReview, "product");

  // query searchProducts(text: string, category: ProductCategory?) : connection<Product>
  //   where name ilike $text and category == $category order by created_at desc
  model::NamedOperation search;
  search.graphql_name = "searchProducts";
  search.parameters = {{"text", "text", Kind::String, -1, false},
                       {"category", "category", Kind::Reference, kProductCategory, true}};
  search.shape = model::ResultShape::Connection;
  search.result_entity = kProduct;
  search.where_sql[static_cast<int>(db::Dialect::Sqlite)] =
      "lower({row}.name) LIKE lower({arg:0}) AND ({arg:1} IS NULL OR {row}.category_id = {arg:1})";
  search.where_sql[static_cast<int>(db::Dialect::Postgres)] =
      "{row}.name ILIKE {arg:0} AND ({arg:1} IS NULL OR {row}.category_id = {arg:1})";
  search.order = {{m.entities[kProduct].field_by_name("created_at"), true}};
  search.rules = {everyone()};
  m.operations.push_back(search);

  // query stockedProducts(min: int) : [Product] where stock >= $min order by stock desc
  model::NamedOperation stocked;
  stocked.graphql_name = "stockedProducts";
  stocked.parameters = {{"min", "min", Kind::Int, -1, false}};
  stocked.shape = model::ResultShape::List;
  stocked.result_entity = kProduct;
  stocked.where_sql[0] = stocked.where_sql[1] = "{row}.stock >= {arg:0}";
  stocked.order = {{m.entities[kProduct].field_by_name("stock"), true}};
  stocked.rules = {everyone()};
  m.operations.push_back(stocked);

  // query productBySku(sku: uuid) : Product where sku == $sku
  model::NamedOperation by_sku;
  by_sku.graphql_name = "productBySku";
  by_sku.parameters = {{"sku", "sku", Kind::Uuid, -1, false}};
  by_sku.shape = model::ResultShape::Single;
  by_sku.result_entity = kProduct;
  by_sku.result_nullable = true;
  by_sku.where_sql[0] = by_sku.where_sql[1] = "{row}.sku = {arg:0}";
  by_sku.rules = {everyone()};
  m.operations.push_back(by_sku);
  return m;
}

}  // namespace

const model::Model& catalog_model() {
  static const model::Model model = build();
  return model;
}

}  // namespace lys::query::test
