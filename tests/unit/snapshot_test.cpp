#include "compiler/ir/snapshot.h"

#include <gtest/gtest.h>

#include "tests/unit/sql_test_schema.h"

namespace lys {
namespace {

using testing::shop_schema;

// The shop with every other IR construct: rules, roles, fixtures, operations.
ir::Schema rich_schema() {
  ir::Schema schema = shop_schema();
  ir::Entity& product = *testing::find(schema, "catalog.Product");
  product.role = ir::EntityRole::User;
  product.hidden = true;
  product.renamed_from = "Item";
  product.tenant_field = "category";
  product.owner_field = "id";
  testing::find(product, "name")->renamed_from = "title";
  testing::find(product, "price")->readonly = true;
  testing::find(product, "attributes")->hidden = true;
  testing::find(product, "category")->on_delete = ir::OnDelete::SetNull;
  ir::Rule rule;
  rule.operation = ir::Operation::Update;
  rule.principals = {{ir::Principal::Kind::OrgRole, "CLIENT_ADMIN"},
                     {ir::Principal::Kind::Owner, ""}};
  rule.condition = testing::at_least("stock", "-1");
  product.rules.push_back(rule);

  ir::FixtureSet fixtures;
  fixtures.entity = "catalog.Product";
  fixtures.environments = {"dev", "demo"};
  ir::FixtureRecord laptop;
  laptop.key = "laptop";
  laptop.values = {{"name", testing::value(ir::Value::Kind::String, "Laptop \"15\"\n\u00e9")},
                   {"price", testing::value(ir::Value::Kind::Decimal, "999.99")},
                   {"category", testing::value(ir::Value::Kind::FixtureRef, "ELECTRONICS")}};
  laptop.values[2].second.target = "catalog.ProductCategory";
  fixtures.records.push_back(laptop);
  fixtures.records.push_back({"empty", {}, {}});
  schema.fixtures.push_back(fixtures);

  ir::NamedOperation search;
  search.app = "catalog";
  search.name = "searchProducts";
  search.graphql_name = "searchProducts";
  search.parameters.push_back({"text", "text", testing::scalar(ir::ScalarType::String, 0), false,
                               testing::value(ir::Value::Kind::String, "")});
  search.result_shape = ir::ResultShape::Connection;
  search.result_type.kind = ir::Type::Kind::Reference;
  search.result_type.target = "catalog.Product";
  search.condition = testing::at_least("stock", "1");
  search.condition->operands[1].kind = ir::Expr::Kind::Argument;
  search.condition->operands[1].argument = "text";
  search.order = {{{"created_at"}, true}};
  search.rules.push_back(rule);
  search.doc = "Products by name.";
  schema.operations.push_back(search);

  ir::NamedOperation archive;
  archive.app = "catalog";
  archive.name = "archiveProduct";
  archive.kind = ir::OperationKind::Mutation;
  archive.result_nullable = true;
  archive.is_extern = true;
  archive.target_parameter = "product";
  archive.assignments.push_back({"status", testing::at_least("stock", "2")});
  archive.deletes = true;
  schema.operations.push_back(archive);
  schema.apps.push_back({"shop", {"catalog"}, "", {}});
  return schema;
}

// Field-by-field equality of everything the snapshot carries (all but spans).
void expect_same_fields(const ir::Field& a, const ir::Field& b) {
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.column, b.column);
  EXPECT_EQ(a.graphql_name, b.graphql_name);
  EXPECT_EQ(a.type, b.type);
  EXPECT_EQ(a.nullable, b.nullable);
  EXPECT_EQ(a.default_value, b.default_value);
  EXPECT_EQ(a.on_delete, b.on_delete);
  EXPECT_EQ(a.implicit, b.implicit);
  EXPECT_EQ(a.search, b.search);
  EXPECT_EQ(a.readonly, b.readonly);
  EXPECT_EQ(a.hidden, b.hidden);
  EXPECT_EQ(a.renamed_from, b.renamed_from);
  EXPECT_EQ(a.doc, b.doc);
}

void expect_same_rules(const std::vector<ir::Rule>& a, const std::vector<ir::Rule>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].operation, b[i].operation);
    EXPECT_EQ(a[i].principals, b[i].principals);
    EXPECT_EQ(a[i].condition, b[i].condition);
  }
}

void expect_same_entities(const ir::Entity& a, const ir::Entity& b) {
  EXPECT_EQ(a.app, b.app);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.qualified, b.qualified);
  EXPECT_EQ(a.table, b.table);
  EXPECT_EQ(a.graphql_name, b.graphql_name);
  EXPECT_EQ(a.graphql_plural, b.graphql_plural);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.role, b.role);
  ASSERT_EQ(a.fields.size(), b.fields.size());
  for (std::size_t i = 0; i < a.fields.size(); ++i) expect_same_fields(a.fields[i], b.fields[i]);
  ASSERT_EQ(a.indexes.size(), b.indexes.size());
  for (std::size_t i = 0; i < a.indexes.size(); ++i) {
    EXPECT_EQ(a.indexes[i].name, b.indexes[i].name);
    EXPECT_EQ(a.indexes[i].fields, b.indexes[i].fields);
    EXPECT_EQ(a.indexes[i].unique, b.indexes[i].unique);
  }
  ASSERT_EQ(a.checks.size(), b.checks.size());
  for (std::size_t i = 0; i < a.checks.size(); ++i) {
    EXPECT_EQ(a.checks[i].name, b.checks[i].name);
    EXPECT_EQ(a.checks[i].condition, b.checks[i].condition);
  }
  EXPECT_EQ(a.tenant_field, b.tenant_field);
  EXPECT_EQ(a.owner_field, b.owner_field);
  expect_same_rules(a.rules, b.rules);
  EXPECT_EQ(a.hidden, b.hidden);
  EXPECT_EQ(a.renamed_from, b.renamed_from);
  EXPECT_EQ(a.doc, b.doc);
}

void expect_same_operations(const ir::NamedOperation& a, const ir::NamedOperation& b) {
  EXPECT_EQ(a.app, b.app);
  EXPECT_EQ(a.name, b.name);
  EXPECT_EQ(a.graphql_name, b.graphql_name);
  EXPECT_EQ(a.kind, b.kind);
  ASSERT_EQ(a.parameters.size(), b.parameters.size());
  for (std::size_t i = 0; i < a.parameters.size(); ++i) {
    EXPECT_EQ(a.parameters[i].name, b.parameters[i].name);
    EXPECT_EQ(a.parameters[i].graphql_name, b.parameters[i].graphql_name);
    EXPECT_EQ(a.parameters[i].type, b.parameters[i].type);
    EXPECT_EQ(a.parameters[i].nullable, b.parameters[i].nullable);
    EXPECT_EQ(a.parameters[i].default_value, b.parameters[i].default_value);
  }
  EXPECT_EQ(a.result_shape, b.result_shape);
  EXPECT_EQ(a.result_type, b.result_type);
  EXPECT_EQ(a.result_nullable, b.result_nullable);
  EXPECT_EQ(a.is_extern, b.is_extern);
  EXPECT_EQ(a.condition, b.condition);
  ASSERT_EQ(a.order.size(), b.order.size());
  for (std::size_t i = 0; i < a.order.size(); ++i) {
    EXPECT_EQ(a.order[i].path, b.order[i].path);
    EXPECT_EQ(a.order[i].descending, b.order[i].descending);
  }
  EXPECT_EQ(a.target_parameter, b.target_parameter);
  ASSERT_EQ(a.assignments.size(), b.assignments.size());
  for (std::size_t i = 0; i < a.assignments.size(); ++i) {
    EXPECT_EQ(a.assignments[i].field, b.assignments[i].field);
    EXPECT_EQ(a.assignments[i].value, b.assignments[i].value);
  }
  EXPECT_EQ(a.deletes, b.deletes);
  expect_same_rules(a.rules, b.rules);
  EXPECT_EQ(a.doc, b.doc);
}

void expect_same_schemas(const ir::Schema& a, const ir::Schema& b) {
  ASSERT_EQ(a.apps.size(), b.apps.size());
  for (std::size_t i = 0; i < a.apps.size(); ++i) {
    EXPECT_EQ(a.apps[i].name, b.apps[i].name);
    EXPECT_EQ(a.apps[i].uses, b.apps[i].uses);
    EXPECT_EQ(a.apps[i].doc, b.apps[i].doc);
  }
  ASSERT_EQ(a.enums.size(), b.enums.size());
  for (std::size_t i = 0; i < a.enums.size(); ++i) {
    EXPECT_EQ(a.enums[i].qualified, b.enums[i].qualified);
    EXPECT_EQ(a.enums[i].app, b.enums[i].app);
    EXPECT_EQ(a.enums[i].name, b.enums[i].name);
    EXPECT_EQ(a.enums[i].graphql_name, b.enums[i].graphql_name);
    EXPECT_EQ(a.enums[i].doc, b.enums[i].doc);
    ASSERT_EQ(a.enums[i].values.size(), b.enums[i].values.size());
    for (std::size_t v = 0; v < a.enums[i].values.size(); ++v) {
      EXPECT_EQ(a.enums[i].values[v].name, b.enums[i].values[v].name);
      EXPECT_EQ(a.enums[i].values[v].doc, b.enums[i].values[v].doc);
    }
  }
  ASSERT_EQ(a.entities.size(), b.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    expect_same_entities(a.entities[i], b.entities[i]);
  }
  ASSERT_EQ(a.fixtures.size(), b.fixtures.size());
  for (std::size_t i = 0; i < a.fixtures.size(); ++i) {
    EXPECT_EQ(a.fixtures[i].entity, b.fixtures[i].entity);
    EXPECT_EQ(a.fixtures[i].environments, b.fixtures[i].environments);
    ASSERT_EQ(a.fixtures[i].records.size(), b.fixtures[i].records.size());
    for (std::size_t r = 0; r < a.fixtures[i].records.size(); ++r) {
      EXPECT_EQ(a.fixtures[i].records[r].key, b.fixtures[i].records[r].key);
      EXPECT_EQ(a.fixtures[i].records[r].values, b.fixtures[i].records[r].values);
    }
  }
  ASSERT_EQ(a.operations.size(), b.operations.size());
  for (std::size_t i = 0; i < a.operations.size(); ++i) {
    expect_same_operations(a.operations[i], b.operations[i]);
  }
}

TEST(Snapshot, RoundTripIsLossless) {
  ir::Schema schema = rich_schema();
  std::string json = ir::to_snapshot_json(schema);
  std::string error;
  std::optional<ir::Schema> loaded = ir::from_snapshot_json(json, error);
  ASSERT_TRUE(loaded) << error;
  expect_same_schemas(schema, *loaded);
  EXPECT_EQ(ir::to_snapshot_json(*loaded), json);
}

TEST(Snapshot, IsDeterministicAndReadable) {
  std::string json = ir::to_snapshot_json(shop_schema());
  EXPECT_EQ(ir::to_snapshot_json(shop_schema()), json);
  EXPECT_EQ(json.rfind("{\n  \"format\": 1,\n  \"apps\": [{\n      \"name\": \"catalog\",", 0), 0u)
      << json.substr(0, 200);
  EXPECT_EQ(json.find('\t'), std::string::npos);
  EXPECT_EQ(json.back(), '\n');
}

TEST(Snapshot, EmptySchemaRoundTrips) {
  std::string error;
  std::optional<ir::Schema> loaded = ir::from_snapshot_json("{\"format\": 1}", error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_TRUE(loaded->entities.empty());
  EXPECT_EQ(ir::to_snapshot_json(*loaded), "{\n  \"format\": 1\n}\n");
}

TEST(Snapshot, RejectsInvalidJson) {
  std::string error;
  EXPECT_FALSE(ir::from_snapshot_json("{\"format\": 1,", error));
  EXPECT_EQ(error, "not valid JSON");
}

TEST(Snapshot, RejectsOtherFormats) {
  std::string error;
  EXPECT_FALSE(ir::from_snapshot_json("{\"format\": 2}", error));
  EXPECT_EQ(error, "unsupported snapshot format (expected \"format\": 1)");
}

TEST(Snapshot, NamesThePathOfAWrongMember) {
  std::string error;
  EXPECT_FALSE(ir::from_snapshot_json(
      R"({"format": 1, "entities": [{"name": "A"}, {"fields": [{"type": {"scalar": "money"}}]}]})",
      error));
  EXPECT_EQ(error, "snapshot.entities[1].fields[0].type.scalar has unknown value 'money'");
  EXPECT_FALSE(ir::from_snapshot_json(R"({"format": 1, "apps": [{"name": 3}]})", error));
  EXPECT_EQ(error, "snapshot.apps[0].name must be a string");
}

}  // namespace
}  // namespace lys
