// The example schemas are the reference syntax: they parse with no error into the
// tree they describe.
#include <gtest/gtest.h>

#include "tests/parser/parsed_source.h"

namespace lys {
namespace {

using testing::ParsedSource;
using testing::pos;

template <typename T, typename Variant>
const T& as(const Variant& variant) {
  const T* value = std::get_if<T>(&variant);
  EXPECT_NE(value, nullptr);
  static const T empty{};
  return value ? *value : empty;
}

const ast::Entity& entity_named(const ast::App& app, const std::string& name) {
  for (const ast::AppMember& member : app.members) {
    if (const auto* entity = std::get_if<ast::Entity>(&member);
        entity && entity->name.text == name) {
      return *entity;
    }
  }
  ADD_FAILURE() << "no entity " << name;
  static const ast::Entity none;
  return none;
}

const ast::Field& field_named(const ast::Entity& entity, const std::string& name) {
  for (const ast::EntityMember& member : entity.members) {
    if (const auto* field = std::get_if<ast::Field>(&member); field && field->name.text == name) {
      return *field;
    }
  }
  ADD_FAILURE() << "no field " << name;
  static const ast::Field none;
  return none;
}

class ExampleSchema : public ::testing::Test {
 protected:
  const ast::App& parse(const std::string& name) {
    testing::parse_into(parsed_, name, testing::read_schema(name));
    EXPECT_EQ(parsed_.messages(), std::vector<std::string>{});
    EXPECT_EQ(parsed_.tree.apps.size(), 1u);
    static const ast::App none;
    return parsed_.tree.apps.empty() ? none : parsed_.tree.apps.front();
  }
  ParsedSource parsed_;
};

TEST_F(ExampleSchema, CatalogAppHeaderUsesAndMemberOrder) {
  const ast::App& app = parse("catalog.lys");
  EXPECT_EQ(app.name.text, "catalog");
  EXPECT_EQ(app.attributes.doc, "Catalog of products sold by client organizations.");
  EXPECT_EQ(app.span.begin, pos(1, 0));
  ASSERT_EQ(app.members.size(), 12u);
  const auto& uses = as<ast::Uses>(app.members[0]);
  ASSERT_EQ(uses.apps.size(), 2u);
  EXPECT_EQ(uses.apps[1].text, "organization");
  EXPECT_EQ(uses.span.begin, pos(2, 2));
  EXPECT_EQ(uses.span.end, pos(2, 25));
  EXPECT_TRUE(std::holds_alternative<ast::Enum>(app.members[1]));
  EXPECT_TRUE(std::holds_alternative<ast::Fixtures>(app.members[5]));
  EXPECT_TRUE(std::holds_alternative<ast::NamedOperation>(app.members[11]));
}

TEST_F(ExampleSchema, CatalogEnumValuesAndTheirDocs) {
  const ast::App& app = parse("catalog.lys");
  const auto& status = as<ast::Enum>(app.members[1]);
  EXPECT_EQ(status.name.text, "ProductStatus");
  EXPECT_EQ(status.attributes.doc, "Where a product is in its life.");
  ASSERT_EQ(status.values.size(), 3u);
  EXPECT_EQ(status.values[1].name.text, "ACTIVE");
  EXPECT_EQ(status.values[1].attributes.doc, "Visible to everyone.");
  EXPECT_EQ(status.values[2].attributes.doc, "");
  EXPECT_EQ(status.span.begin, pos(5, 2));
  EXPECT_EQ(status.span.end, pos(10, 3));
}

TEST_F(ExampleSchema, CatalogProductFields) {
  const ast::Entity& product = entity_named(parse("catalog.lys"), "Product");
  EXPECT_EQ(product.kind, ast::EntityKind::Entity);
  EXPECT_EQ(product.attributes.doc, "A product in the catalog.");

  const ast::Field& name = field_named(product, "name");
  EXPECT_EQ(name.type.name.str(), "string");
  ASSERT_EQ(name.type.arguments.size(), 1u);
  EXPECT_EQ(name.type.arguments[0].value, 255);
  ASSERT_EQ(name.attributes.annotations.size(), 1u);
  EXPECT_EQ(name.attributes.annotations[0].name.text, "search");
  EXPECT_FALSE(name.attributes.annotations[0].has_parentheses);
  EXPECT_EQ(name.span.begin, pos(23, 4));
  EXPECT_EQ(name.span.end, pos(23, 37));

  const ast::Field& price = field_named(product, "price");
  ASSERT_EQ(price.type.arguments.size(), 2u);
  EXPECT_EQ(price.type.arguments[1].value, 2);
  const ast::Annotation& check = price.attributes.annotations.at(0);
  EXPECT_EQ(check.name.text, "check");
  ASSERT_EQ(check.arguments.size(), 1u);
  const auto& comparison = as<ast::BinaryExpr>(check.arguments[0]->node);
  EXPECT_EQ(comparison.op, ast::BinaryOp::Ge);
  EXPECT_EQ(as<ast::PathExpr>(comparison.left->node).path.str(), "price");
  EXPECT_EQ(as<ast::IntLiteral>(comparison.right->node).spelling, "0");

  const ast::Field& status = field_named(product, "status");
  ASSERT_NE(status.default_value, nullptr);
  EXPECT_EQ(as<ast::PathExpr>(status.default_value->node).path.str(), "DRAFT");
  EXPECT_FALSE(status.type.nullable);

  EXPECT_TRUE(field_named(product, "description").type.nullable);
  EXPECT_EQ(as<ast::BoolLiteral>(field_named(product, "featured").default_value->node).value,
            false);

  const ast::Field& category = field_named(product, "category");
  EXPECT_FALSE(category.type.soft);
  EXPECT_FALSE(category.type.on_delete.has_value());
  const ast::Field& client = field_named(product, "client");
  EXPECT_TRUE(client.type.soft);
  EXPECT_EQ(client.type.name.str(), "organization.Client");

  const ast::Field& owner = field_named(product, "owner");
  EXPECT_EQ(owner.type.name.str(), "auth.User");
  EXPECT_TRUE(owner.type.nullable);
  EXPECT_EQ(owner.type.on_delete, ast::OnDelete::SetNull);
  EXPECT_EQ(owner.type.on_delete_span.begin, pos(38, 44));
  EXPECT_EQ(owner.type.on_delete_span.end, pos(38, 62));
  EXPECT_EQ(as<ast::BuiltinExpr>(owner.default_value->node).value, ast::BuiltinValue::CurrentUser);

  const ast::Field& legacy = field_named(product, "legacy_code");
  ASSERT_EQ(legacy.attributes.annotations.size(), 2u);
  EXPECT_EQ(legacy.attributes.annotations[0].name.text, "renamed_from");
  EXPECT_EQ(as<ast::PathExpr>(legacy.attributes.annotations[0].arguments.at(0)->node).path.str(),
            "code");
  EXPECT_EQ(legacy.attributes.annotations[1].name.text, "readonly");
}

TEST_F(ExampleSchema, CatalogProductConstraintsTenantAndRules) {
  const ast::Entity& product = entity_named(parse("catalog.lys"), "Product");
  ASSERT_EQ(product.members.size(), 17u + 4u + 1u + 5u);
  const auto& unique = as<ast::TableConstraint>(product.members[17]);
  EXPECT_EQ(unique.kind, ast::ConstraintKind::Unique);
  ASSERT_EQ(unique.fields.size(), 2u);
  EXPECT_EQ(unique.fields[0].text, "client");
  EXPECT_EQ(as<ast::TableConstraint>(product.members[18]).kind, ast::ConstraintKind::Index);
  const auto& newest_first = as<ast::TableConstraint>(product.members[19]);
  EXPECT_EQ(newest_first.kind, ast::ConstraintKind::Index);
  ASSERT_EQ(newest_first.fields.size(), 1u);
  EXPECT_EQ(newest_first.fields[0].text, "created_at");
  const auto& check = as<ast::TableConstraint>(product.members[20]);
  EXPECT_EQ(check.kind, ast::ConstraintKind::Check);
  const auto& either = as<ast::BinaryExpr>(check.condition->node);
  EXPECT_EQ(either.op, ast::BinaryOp::Or);
  EXPECT_FALSE(as<ast::IsNullExpr>(either.left->node).negated);
  EXPECT_EQ(as<ast::TenantDecl>(product.members[21]).field.text, "client");

  const auto& read_anonymous = as<ast::AllowRule>(product.members[22]);
  ASSERT_EQ(read_anonymous.operations.size(), 1u);
  EXPECT_EQ(read_anonymous.operations[0].op, ast::Operation::Read);
  ASSERT_EQ(read_anonymous.principals.size(), 1u);
  EXPECT_EQ(read_anonymous.principals[0].kind, ast::PrincipalKind::Anonymous);
  ASSERT_NE(read_anonymous.condition, nullptr);
  EXPECT_EQ(as<ast::BinaryExpr>(read_anonymous.condition->node).op, ast::BinaryOp::Eq);

  const auto& read_members = as<ast::AllowRule>(product.members[23]);
  ASSERT_EQ(read_members.principals.size(), 2u);
  EXPECT_EQ(read_members.principals[1].kind, ast::PrincipalKind::OrgRole);
  EXPECT_EQ(read_members.principals[1].role.text, "CLIENT_USER");
  EXPECT_EQ(read_members.condition, nullptr);

  const auto& update = as<ast::AllowRule>(product.members[25]);
  EXPECT_EQ(update.principals[0].kind, ast::PrincipalKind::Role);
  EXPECT_EQ(update.principals[1].kind, ast::PrincipalKind::Owner);
  EXPECT_EQ(as<ast::AllowRule>(product.members[26]).principals[0].kind, ast::PrincipalKind::Admin);
}

TEST_F(ExampleSchema, CatalogFixtures) {
  const ast::App& app = parse("catalog.lys");
  const auto& roles = as<ast::Fixtures>(app.members[5]);
  EXPECT_EQ(roles.entity.str(), "auth.Role");
  EXPECT_TRUE(roles.environments.empty());

  const auto& products = as<ast::Fixtures>(app.members[7]);
  EXPECT_EQ(products.entity.str(), "Product");
  ASSERT_EQ(products.environments.size(), 2u);
  EXPECT_EQ(products.environments[1].text, "demo");
  ASSERT_EQ(products.records.size(), 2u);
  const ast::FixtureRecord& laptop = products.records[0];
  EXPECT_EQ(laptop.key.text, "laptop");
  ASSERT_EQ(laptop.values.size(), 7u);
  EXPECT_EQ(laptop.values[0].field.text, "name");
  EXPECT_EQ(as<ast::StringLiteral>(laptop.values[0].value->node).value, "Laptop");
  EXPECT_EQ(as<ast::DecimalLiteral>(laptop.values[1].value->node).spelling, "999.99");
  EXPECT_EQ(as<ast::PathExpr>(laptop.values[6].value->node).path.str(), "organization.Client.acme");
  EXPECT_EQ(laptop.span.begin, pos(79, 4));
  EXPECT_EQ(laptop.span.end, pos(83, 5));
  EXPECT_EQ(as<ast::DecimalLiteral>(products.records[1].values[1].value->node).spelling, "19.90");
}

TEST_F(ExampleSchema, CatalogQueryAndMutations) {
  const ast::App& app = parse("catalog.lys");
  const auto& search = as<ast::NamedOperation>(app.members[9]);
  EXPECT_EQ(search.kind, ast::OperationKind::Query);
  EXPECT_EQ(search.name.text, "searchProducts");
  EXPECT_EQ(search.attributes.doc,
            "Products whose name matches, optionally in one category, newest first.");
  ASSERT_EQ(search.parameters.size(), 2u);
  EXPECT_EQ(search.parameters[1].name.text, "category");
  EXPECT_TRUE(search.parameters[1].type.nullable);
  EXPECT_EQ(search.result.shape, ast::ResultShape::Connection);
  EXPECT_EQ(search.result.type.name.str(), "Product");
  const auto& both = as<ast::BinaryExpr>(search.condition->node);
  EXPECT_EQ(both.op, ast::BinaryOp::And);
  const auto& match = as<ast::BinaryExpr>(both.left->node);
  EXPECT_EQ(match.op, ast::BinaryOp::ILike);
  EXPECT_EQ(as<ast::ArgumentExpr>(match.right->node).name.text, "text");
  ASSERT_EQ(search.order.size(), 1u);
  EXPECT_EQ(search.order[0].field.str(), "created_at");
  EXPECT_TRUE(search.order[0].descending);
  ASSERT_EQ(search.rules.size(), 1u);
  EXPECT_TRUE(search.rules[0].operations.empty());
  EXPECT_EQ(search.rules[0].principals.size(), 2u);
  EXPECT_EQ(search.span.begin, pos(95, 2));
  EXPECT_EQ(search.span.end, pos(98, 53));

  const auto& archive = as<ast::NamedOperation>(app.members[10]);
  EXPECT_EQ(archive.kind, ast::OperationKind::Mutation);
  EXPECT_EQ(archive.result.shape, ast::ResultShape::Single);
  ASSERT_EQ(archive.assignments.size(), 1u);
  EXPECT_EQ(archive.assignments[0].field.text, "status");
  EXPECT_EQ(as<ast::PathExpr>(archive.assignments[0].value->node).path.str(), "ARCHIVED");
  EXPECT_FALSE(archive.is_extern);

  const auto& import = as<ast::NamedOperation>(app.members[11]);
  EXPECT_TRUE(import.is_extern);
  EXPECT_EQ(import.result.type.name.str(), "int");
  EXPECT_TRUE(import.assignments.empty());
}

TEST_F(ExampleSchema, CatalogCommentsAreKeptWithTrailingFlag) {
  parse("catalog.lys");
  const std::vector<ast::Comment>& comments = parsed_.tree.comments;
  ASSERT_EQ(comments.size(), 4u);
  EXPECT_EQ(comments[0].text, "// hard reference: FK, ON DELETE RESTRICT");
  EXPECT_TRUE(comments[0].trailing);
  EXPECT_EQ(comments[0].span.begin.line, 36u);
  EXPECT_EQ(comments[2].text, "// newest first, across categories");
  EXPECT_EQ(comments[2].span.begin.line, 43u);
  EXPECT_EQ(comments[3].text, "// a null optional argument drops its term");
}

TEST_F(ExampleSchema, AuthEntitiesRulesAndFixtures) {
  const ast::App& app = parse("auth.lys");
  const ast::Entity& role = entity_named(app, "Role");
  EXPECT_EQ(role.kind, ast::EntityKind::Parametric);
  ASSERT_EQ(role.attributes.annotations.size(), 1u);
  EXPECT_EQ(role.attributes.annotations[0].name.text, "role");
  const auto& manage = as<ast::AllowRule>(role.members[1]);
  ASSERT_EQ(manage.operations.size(), 3u);
  EXPECT_EQ(manage.operations[2].op, ast::Operation::Delete);

  const ast::Entity& user_role = entity_named(app, "UserRole");
  EXPECT_EQ(field_named(user_role, "user").type.on_delete, ast::OnDelete::Cascade);
  EXPECT_EQ(field_named(user_role, "role").type.name.str(), "Role");
  EXPECT_EQ(as<ast::OwnerDecl>(user_role.members[3]).field.text, "user");

  const ast::Entity& token = entity_named(app, "RefreshToken");
  EXPECT_EQ(token.attributes.doc,
            "One refresh token of a sign-in session. Only its hash is stored; every use\n"
            "rotates it within its family, and reusing a rotated token revokes the family.");
  EXPECT_EQ(field_named(entity_named(app, "User"), "email").attributes.doc,
            "Sign-in name; compared case-insensitively.");

  const auto& fixtures = as<ast::Fixtures>(app.members.back());
  ASSERT_EQ(fixtures.records.size(), 2u);
  EXPECT_EQ(fixtures.records[1].key.text, "USER_ADMIN");
}

TEST_F(ExampleSchema, OrganizationParsesWithoutErrors) {
  const ast::App& app = parse("organization.lys");
  EXPECT_EQ(app.members.size(), 8u);
  const ast::Entity& membership = entity_named(app, "Membership");
  EXPECT_EQ(field_named(membership, "role").type.name.str(), "OrganizationRole");
  EXPECT_EQ(as<ast::TenantDecl>(membership.members[4]).field.text, "client");
}

}  // namespace
}  // namespace lys
