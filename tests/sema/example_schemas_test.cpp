// The example schemas (schemas/*.lys) analyse without diagnostics, and the IR has
// the shape the emitters rely on.
#include <gtest/gtest.h>

#include <algorithm>

#include "compiler/frontend/compile.h"

namespace lys {
namespace {

class ExampleSchemas : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    DiagnosticEngine diagnostics;
    schema_ = frontend::compile({LYS_SCHEMAS_DIR}, sources_, diagnostics);
    rendered_ = render_all(diagnostics, sources_);
  }

  void SetUp() override { ASSERT_TRUE(schema_) << rendered_; }

  static const ir::Entity& entity(const std::string& qualified) {
    const ir::Entity* found = schema_->find_entity(qualified);
    EXPECT_NE(found, nullptr) << qualified;
    return *found;
  }

  static std::vector<std::string> columns(const ir::Entity& e) {
    std::vector<std::string> out;
    for (const ir::Field& field : e.fields) out.push_back(field.column);
    return out;
  }

  static std::vector<std::string> index_names(const ir::Entity& e) {
    std::vector<std::string> out;
    for (const ir::Index& index : e.indexes) out.push_back(index.name);
    return out;
  }

  static std::vector<std::string> check_names(const ir::Entity& e) {
    std::vector<std::string> out;
    for (const ir::Check& check : e.checks) out.push_back(check.name);
    return out;
  }

  static inline SourceManager sources_;
  static inline std::optional<ir::Schema> schema_;
  static inline std::string rendered_;
};

TEST_F(ExampleSchemas, AnalyseWithoutDiagnostics) {
  EXPECT_EQ(rendered_, "");
}

TEST_F(ExampleSchemas, AppsComeInDependencyOrder) {
  std::vector<std::string> apps;
  for (const ir::App& app : schema_->apps) apps.push_back(app.name);
  EXPECT_EQ(apps, (std::vector<std::string>{"auth", "organization", "catalog"}));
  EXPECT_EQ(schema_->find_app("catalog")->uses, (std::vector<std::string>{"auth", "organization"}));
}

TEST_F(ExampleSchemas, EntitiesInAppThenDeclarationOrder) {
  std::vector<std::string> names;
  for (const ir::Entity& e : schema_->entities) names.push_back(e.qualified);
  EXPECT_EQ(names,
            (std::vector<std::string>{
                "auth.Role", "auth.User", "auth.UserRole", "auth.RefreshToken",
                "organization.OrganizationRole", "organization.Client", "organization.Membership",
                "catalog.ProductCategory", "catalog.Product", "catalog.Review"}));
}

TEST_F(ExampleSchemas, ProductTableAndColumns) {
  const ir::Entity& product = entity("catalog.Product");
  EXPECT_EQ(product.table, "catalog_product");
  EXPECT_EQ(product.graphql_name, "Product");
  EXPECT_EQ(product.graphql_plural, "products");
  EXPECT_EQ(
      columns(product),
      (std::vector<std::string>{
          "id",         "name",         "price",       "status",      "stock",      "description",
          "sku",        "weight_grams", "rating",      "released_on", "attributes", "thumbnail",
          "featured",   "published_at", "category_id", "client_id",   "owner_id",   "legacy_code",
          "created_at", "updated_at",   "version"}));
  const ir::Field& category = *product.find_field("category");
  EXPECT_EQ(category.type.kind, ir::Type::Kind::Reference);
  EXPECT_EQ(category.type.target, "catalog.ProductCategory");
  EXPECT_EQ(category.type.scalar, ir::ScalarType::String);
  EXPECT_EQ(category.type.length, ir::kParametricIdLength);
  EXPECT_FALSE(category.type.soft);
  EXPECT_EQ(category.on_delete, ir::OnDelete::Restrict);
  const ir::Field& client = *product.find_field("client");
  EXPECT_TRUE(client.type.soft);
  EXPECT_EQ(client.type.scalar, ir::ScalarType::Uuid);
  const ir::Field& owner = *product.find_field("owner");
  EXPECT_TRUE(owner.nullable);
  EXPECT_EQ(owner.on_delete, ir::OnDelete::SetNull);
  EXPECT_EQ(owner.default_value->kind, ir::Value::Kind::CurrentUser);
  const ir::Field& legacy = *product.find_field("legacy_code");
  EXPECT_EQ(legacy.graphql_name, "legacyCode");
  EXPECT_EQ(legacy.renamed_from, "code");
  EXPECT_TRUE(legacy.readonly);
  EXPECT_EQ(product.find_field("price")->type.precision, 10);
  EXPECT_EQ(product.find_field("price")->type.scale, 2);
  EXPECT_EQ(product.find_field("status")->default_value->text, "DRAFT");
  EXPECT_EQ(product.find_field("created_at")->implicit, ir::ImplicitField::CreatedAt);
  EXPECT_EQ(product.find_field("version")->default_value->text, "1");
  EXPECT_TRUE(product.find_field("name")->search);
  EXPECT_TRUE(product.find_field("thumbnail")->hidden);
}

TEST_F(ExampleSchemas, ParametricImplicitFields) {
  const ir::Entity& category = entity("catalog.ProductCategory");
  EXPECT_EQ(category.kind, ir::EntityKind::Parametric);
  EXPECT_EQ(category.graphql_plural, "productCategories");
  EXPECT_EQ(columns(category), (std::vector<std::string>{"id", "description", "enabled",
                                                         "created_at", "updated_at", "version"}));
  EXPECT_EQ(category.fields.front().type.scalar, ir::ScalarType::String);
  EXPECT_EQ(category.fields.front().type.length, 64);
  EXPECT_EQ(category.find_field("description")->doc, "Shown in the storefront's menu.");
  const ir::Entity& role = entity("auth.Role");
  EXPECT_EQ(columns(role), (std::vector<std::string>{"id", "enabled", "description", "created_at",
                                                     "updated_at", "version"}));
}

TEST_F(ExampleSchemas, IndexesAndChecks) {
  const ir::Entity& product = entity("catalog.Product");
  EXPECT_EQ(index_names(product),
            (std::vector<std::string>{
                "uq_catalog_product_sku", "uq_catalog_product_client_id_name",
                "ix_catalog_product_category_id_created_at", "ix_catalog_product_created_at",
                "ix_catalog_product_category_id", "ix_catalog_product_owner_id"}));
  EXPECT_TRUE(product.indexes[0].unique);
  EXPECT_EQ(product.indexes[1].fields, (std::vector<std::string>{"client", "name"}));
  EXPECT_FALSE(product.indexes[2].unique);
  EXPECT_EQ(check_names(product),
            (std::vector<std::string>{"ck_catalog_product_price", "ck_catalog_product_status",
                                      "ck_catalog_product_stock",
                                      "ck_catalog_product_published_at_status"}));
  const ir::Check& status = product.checks[1];
  EXPECT_EQ(status.condition.kind, ir::Expr::Kind::In);
  EXPECT_EQ(status.condition.operands.size(), 4u);  // the column and the three values
  const ir::Entity& membership = entity("organization.Membership");
  EXPECT_EQ(index_names(membership),
            (std::vector<std::string>{"uq_organization_membership_user_id_client_id_role_id",
                                      "ix_organization_membership_user_id",
                                      "ix_organization_membership_client_id",
                                      "ix_organization_membership_role_id"}));
}

TEST_F(ExampleSchemas, RolesTenantsAndOwners) {
  EXPECT_EQ(schema_->entity_with_role(ir::EntityRole::User)->qualified, "auth.User");
  EXPECT_EQ(schema_->entity_with_role(ir::EntityRole::Role)->qualified, "auth.Role");
  EXPECT_EQ(schema_->entity_with_role(ir::EntityRole::Organization)->qualified,
            "organization.Client");
  EXPECT_EQ(schema_->entity_with_role(ir::EntityRole::OrgRole)->qualified,
            "organization.OrganizationRole");
  EXPECT_EQ(entity("catalog.Product").tenant_field, "client");
  EXPECT_EQ(entity("catalog.Product").owner_field, "owner");
  EXPECT_EQ(entity("catalog.Review").owner_field, "author");
  EXPECT_EQ(entity("auth.User").owner_field, "id");
  EXPECT_EQ(entity("organization.Client").tenant_field, "id");
  EXPECT_FALSE(entity("catalog.Review").tenant_field);
  EXPECT_TRUE(entity("auth.RefreshToken").hidden);
}

TEST_F(ExampleSchemas, RulesAreSplitPerOperation) {
  const ir::Entity& product = entity("catalog.Product");
  ASSERT_EQ(product.rules.size(), 5u);
  EXPECT_EQ(product.rules[0].operation, ir::Operation::Read);
  ASSERT_TRUE(product.rules[0].condition);
  EXPECT_EQ(product.rules[0].condition->operands[1].value.kind, ir::Value::Kind::EnumValue);
  EXPECT_EQ(product.rules[1].principals.size(), 2u);
  EXPECT_EQ(product.rules[1].principals[0].kind, ir::Principal::Kind::OrgRole);
  EXPECT_EQ(product.rules[1].principals[0].role, "CLIENT_ADMIN");
  const ir::Entity& role = entity("auth.Role");
  ASSERT_EQ(role.rules.size(), 4u);  // read, then create/update/delete from one rule
  EXPECT_EQ(role.rules[1].operation, ir::Operation::Create);
  EXPECT_EQ(role.rules[3].operation, ir::Operation::Delete);
  EXPECT_EQ(role.rules[3].principals[0].kind, ir::Principal::Kind::Admin);
}

TEST_F(ExampleSchemas, FixturesLoadDependenciesFirst) {
  std::vector<std::string> order;
  for (const ir::FixtureSet& set : schema_->fixtures) {
    for (const ir::FixtureRecord& record : set.records)
      order.push_back(set.entity + "." + record.key);
  }
  auto position = [&](const std::string& name) {
    auto it = std::find(order.begin(), order.end(), name);
    EXPECT_NE(it, order.end()) << name;
    return it - order.begin();
  };
  EXPECT_LT(position("auth.User.alice"), position("organization.Client.acme"));
  EXPECT_LT(position("organization.Client.acme"), position("catalog.Product.laptop"));
  EXPECT_LT(position("catalog.ProductCategory.ELECTRONICS"), position("catalog.Product.laptop"));
  EXPECT_LT(position("catalog.Product.laptop"), position("catalog.Review.laptop_review"));
  EXPECT_EQ(order.front(), "auth.Role.ADMIN");

  const ir::FixtureSet* products = nullptr;
  for (const ir::FixtureSet& set : schema_->fixtures) {
    if (set.entity == "catalog.Product") products = &set;
  }
  ASSERT_NE(products, nullptr);
  EXPECT_EQ(products->environments, (std::vector<std::string>{"dev", "demo"}));
  const ir::FixtureRecord& laptop = products->records.front();
  std::vector<std::string> fields;
  for (const auto& [field, value] : laptop.values) fields.push_back(field);
  // Field order, not writing order; defaults (featured, stock of tshirt) not filled in.
  EXPECT_EQ(fields, (std::vector<std::string>{"name", "price", "status", "stock", "sku", "category",
                                              "client"}));
  EXPECT_EQ(laptop.values[5].second.kind, ir::Value::Kind::FixtureRef);
  EXPECT_EQ(laptop.values[5].second.target, "catalog.ProductCategory");
  EXPECT_EQ(laptop.values[6].second.text, "acme");
  EXPECT_EQ(laptop.values[1].second.text, "999.99");
}

TEST_F(ExampleSchemas, NamedOperations) {
  ASSERT_EQ(schema_->operations.size(), 3u);
  const ir::NamedOperation& search = schema_->operations[0];
  EXPECT_EQ(search.graphql_name, "searchProducts");
  EXPECT_EQ(search.result_shape, ir::ResultShape::Connection);
  EXPECT_EQ(search.result_type.target, "catalog.Product");
  ASSERT_TRUE(search.condition);
  EXPECT_EQ(search.condition->binary_op, ir::BinaryOp::And);
  ASSERT_EQ(search.order.size(), 1u);
  EXPECT_EQ(search.order[0].path, (std::vector<std::string>{"created_at"}));
  EXPECT_TRUE(search.order[0].descending);
  EXPECT_EQ(search.parameters[1].type.target, "catalog.ProductCategory");
  EXPECT_TRUE(search.parameters[1].nullable);
  EXPECT_EQ(search.rules[0].operation, ir::Operation::Read);

  const ir::NamedOperation& archive = schema_->operations[1];
  EXPECT_EQ(archive.kind, ir::OperationKind::Mutation);
  EXPECT_EQ(archive.target_parameter, "product");
  ASSERT_EQ(archive.assignments.size(), 1u);
  EXPECT_EQ(archive.assignments[0].field, "status");
  EXPECT_EQ(archive.assignments[0].value.value.text, "ARCHIVED");
  EXPECT_EQ(archive.rules[0].operation, ir::Operation::Update);

  const ir::NamedOperation& import = schema_->operations[2];
  EXPECT_TRUE(import.is_extern);
  EXPECT_EQ(import.result_type.scalar, ir::ScalarType::Int);
}

}  // namespace
}  // namespace lys
