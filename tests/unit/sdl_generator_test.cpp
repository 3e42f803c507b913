// The SDL of small hand-built IR schemas: what each entity, field, rule and named
// operation turns into. (The golden tests cover whole schemas compiled from .lys.)
#include "compiler/emit/graphql/sdl_generator.h"

#include <gtest/gtest.h>

#include <cctype>
#include <stdexcept>

#include "compiler/emit/graphql/sdl_text.h"

namespace lys::emit {
namespace {

using ir::ScalarType;

std::string camel(const std::string& snake) {
  std::string out;
  bool upper = false;
  for (char c : snake) {
    if (c == '_') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

ir::Type scalar(ScalarType scalar_type) {
  ir::Type type;
  type.scalar = scalar_type;
  return type;
}

ir::Type enum_type(const std::string& qualified) {
  ir::Type type;
  type.kind = ir::Type::Kind::Enum;
  type.target = qualified;
  return type;
}

ir::Type reference(const std::string& qualified, bool soft = false) {
  ir::Type type = scalar(ScalarType::Uuid);
  type.kind = ir::Type::Kind::Reference;
  type.target = qualified;
  type.soft = soft;
  return type;
}

ir::Field field(const std::string& name, ir::Type type, bool nullable = false) {
  ir::Field out;
  out.name = name;
  out.graphql_name = camel(name);
  out.type = type;
  out.nullable = nullable;
  return out;
}

ir::Field implicit(const std::string& name, ScalarType type, ir::ImplicitField role) {
  ir::Field out = field(name, scalar(type));
  out.implicit = role;
  return out;
}

ir::Value value(ir::Value::Kind kind, const std::string& text = "") {
  ir::Value out;
  out.kind = kind;
  out.text = text;
  return out;
}

// An entity as sema builds it: implicit fields around the declared ones, and one
// rule per allowed operation.
ir::Entity entity(const std::string& name, const std::string& plural, ir::EntityKind kind,
                  std::vector<ir::Field> declared, std::vector<ir::Operation> allowed) {
  ir::Entity out;
  out.app = "shop";
  out.name = out.graphql_name = name;
  out.qualified = "shop." + name;
  out.graphql_plural = plural;
  out.kind = kind;
  bool parametric = kind == ir::EntityKind::Parametric;
  out.fields.push_back(
      implicit("id", parametric ? ScalarType::String : ScalarType::Uuid, ir::ImplicitField::Id));
  for (ir::Field& declared_field : declared) out.fields.push_back(declared_field);
  if (parametric)
    out.fields.push_back(implicit("enabled", ScalarType::Bool, ir::ImplicitField::Enabled));
  out.fields.push_back(implicit("created_at", ScalarType::DateTime, ir::ImplicitField::CreatedAt));
  out.fields.push_back(implicit("updated_at", ScalarType::DateTime, ir::ImplicitField::UpdatedAt));
  out.fields.push_back(implicit("version", ScalarType::Int, ir::ImplicitField::Version));
  for (ir::Operation operation : allowed) {
    out.rules.push_back(ir::Rule{operation, {ir::Principal{}}, std::nullopt, {}});
  }
  return out;
}

const std::vector<ir::Operation> kAll{ir::Operation::Read, ir::Operation::Create,
                                      ir::Operation::Update, ir::Operation::Delete};

// shop: enum Status; parametric Category; entity Product referencing it; entity
// Transfer referencing Product twice; hidden entity Secret.
ir::Schema shop() {
  ir::Schema schema;
  schema.apps.push_back(ir::App{"shop", {}, "The shop.", {}});
  schema.enums.push_back(ir::Enum{"shop",
                                  "Status",
                                  "shop.Status",
                                  "Status",
                                  {{"DRAFT", ""}, {"ACTIVE", "On sale."}},
                                  "Where a product is.",
                                  {}});

  ir::Field description = field("description", scalar(ScalarType::Text), true);
  description.doc = "Shown in menus.";
  schema.entities.push_back(entity("Category", "categories", ir::EntityKind::Parametric,
                                   {description}, {ir::Operation::Read}));

  ir::Field name = field("name", scalar(ScalarType::String));
  name.search = true;
  name.doc = "Display name.\nShown everywhere.";
  ir::Field status = field("status", enum_type("shop.Status"));
  status.default_value = value(ir::Value::Kind::EnumValue, "DRAFT");
  ir::Field price = field("price", scalar(ScalarType::Decimal));
  price.default_value = value(ir::Value::Kind::Decimal, "0.00");
  ir::Field owner = field("owner", reference("shop.Secret"), true);
  owner.default_value = value(ir::Value::Kind::CurrentUser);
  ir::Field legacy = field("legacy_code", scalar(ScalarType::String), true);
  legacy.readonly = true;
  ir::Field hidden = field("cost", scalar(ScalarType::Decimal));
  hidden.hidden = true;
  schema.entities.push_back(
      entity("Product", "products", ir::EntityKind::Entity,
             {name, status, price, field("category", reference("shop.Category")),
              field("client", reference("crm.Client", true)), owner, legacy, hidden,
              field("attributes", scalar(ScalarType::Json), true)},
             kAll));

  schema.entities.push_back(
      entity("Transfer", "transfers", ir::EntityKind::Entity,
             {field("from", reference("shop.Product")), field("to", reference("shop.Product"))},
             {ir::Operation::Read, ir::Operation::Create}));
  schema.entities.push_back(entity("Invite", "invites", ir::EntityKind::Entity,
                                   {field("email", scalar(ScalarType::String))},
                                   {ir::Operation::Create}));
  ir::Entity secret = entity("Secret", "secrets", ir::EntityKind::Entity, {}, kAll);
  secret.hidden = true;
  schema.entities.push_back(secret);
  return schema;
}

// The definition `<keyword> <name> …` up to its closing brace (or its line).
std::string definition(const std::string& sdl, const std::string& header) {
  std::size_t start = sdl.find("\n" + header + " ");
  if (start == std::string::npos) return "";
  std::size_t end = sdl.find("\n}\n", start);
  std::size_t line_end = sdl.find('\n', start + 1);
  if (sdl.substr(start, line_end - start).find('{') == std::string::npos) end = line_end - 2;
  return sdl.substr(start + 1, end + 2 - start);
}

TEST(SdlGenerator, EntityTypeImplementsNodeWithVisibleFieldsAndInverseConnections) {
  std::string sdl = render_sdl(shop());
  EXPECT_EQ(definition(sdl, "type Product implements Node"),
            "type Product implements Node {\n"
            "  \"The global id: opaque, encodes the type and the primary key.\"\n"
            "  id: ID!\n"
            "  \"\"\"\n"
            "  Display name.\n"
            "  Shown everywhere.\n"
            "  \"\"\"\n"
            "  name: String!\n"
            "  status: Status!\n"
            "  price: Decimal!\n"
            "  category: Category!\n"
            "  client: ID\n"
            "  owner: ID\n"
            "  legacyCode: String\n"
            "  attributes: JSON\n"
            "  \"When the object was created.\"\n"
            "  createdAt: DateTime!\n"
            "  \"When the object was last changed.\"\n"
            "  updatedAt: DateTime!\n"
            "  \"Incremented by every change; updates pass it back (optimistic locking).\"\n"
            "  version: Int!\n"
            "  \"The Transfer objects whose `from` is this one.\"\n"
            "  transfersByFrom(\n"
            "    first: Int\n"
            "    after: String\n"
            "    last: Int\n"
            "    before: String\n"
            "    filter: TransferFilter\n"
            "    orderBy: [TransferOrder!]\n"
            "  ): TransferConnection!\n"
            "  \"The Transfer objects whose `to` is this one.\"\n"
            "  transfersByTo(\n"
            "    first: Int\n"
            "    after: String\n"
            "    last: Int\n"
            "    before: String\n"
            "    filter: TransferFilter\n"
            "    orderBy: [TransferOrder!]\n"
            "  ): TransferConnection!\n"
            "}\n");
}

TEST(SdlGenerator, ParametricEntityShowsItsCodeAndEnabledAndIsOnlyReadable) {
  std::string sdl = render_sdl(shop());
  std::string type = definition(sdl, "type Category implements Node");
  EXPECT_NE(type.find("  id: ID!\n  \"The business code, unique among Category objects.\"\n"
                      "  code: String!\n  \"Shown in menus.\"\n  description: String\n"),
            std::string::npos)
      << type;
  EXPECT_NE(type.find("  enabled: Boolean!\n"), std::string::npos);
  EXPECT_NE(type.find("  products(\n    first: Int\n"), std::string::npos);
  EXPECT_EQ(definition(sdl, "input CreateCategoryInput"), "");
  EXPECT_EQ(sdl.find("createCategory"), std::string::npos);
  EXPECT_NE(sdl.find("  category(id: ID!): Category\n"), std::string::npos);
  EXPECT_EQ(definition(sdl, "enum CategoryOrderField"),
            "enum CategoryOrderField {\n  CODE\n  DESCRIPTION\n  ENABLED\n  CREATED_AT\n"
            "  UPDATED_AT\n  VERSION\n}\n");
}

TEST(SdlGenerator, HiddenEntitiesAndFieldsAreNowhere) {
  std::string sdl = render_sdl(shop());
  EXPECT_EQ(sdl.find("Secret"), std::string::npos);
  EXPECT_EQ(sdl.find("secrets"), std::string::npos);
  EXPECT_EQ(sdl.find("cost"), std::string::npos);
}

TEST(SdlGenerator, UnreadableEntitiesHaveAnObjectTypeButNoListTypes) {
  std::string sdl = render_sdl(shop());
  EXPECT_NE(definition(sdl, "type Invite implements Node"), "");
  EXPECT_NE(definition(sdl, "type InvitePayload"), "");
  EXPECT_EQ(definition(sdl, "type InviteConnection"), "");
  EXPECT_EQ(definition(sdl, "input InviteFilter"), "");
  EXPECT_EQ(sdl.find("  invites("), std::string::npos);
}

TEST(SdlGenerator, FilterHasAnOperatorInputPerFieldTypeAndSearch) {
  EXPECT_EQ(definition(render_sdl(shop()), "input ProductFilter"),
            "input ProductFilter {\n"
            "  id: IDFilter\n"
            "  name: StringFilter\n"
            "  status: StatusFilter\n"
            "  price: DecimalFilter\n"
            "  category: IDFilter\n"
            "  client: IDFilter\n"
            "  owner: IDFilter\n"
            "  legacyCode: StringFilter\n"
            "  createdAt: DateTimeFilter\n"
            "  updatedAt: DateTimeFilter\n"
            "  version: IntFilter\n"
            "  \"Matches text anywhere in `name`, ignoring case.\"\n"
            "  search: String\n"
            "  \"Every one of these holds.\"\n"
            "  and: [ProductFilter!]\n"
            "  \"At least one of these holds.\"\n"
            "  or: [ProductFilter!]\n"
            "  \"This does not hold.\"\n"
            "  not: ProductFilter\n"
            "}\n");
}

TEST(SdlGenerator, CreateInputRequiresFieldsWithoutDefaultsAndShowsConstantDefaults) {
  std::string sdl = render_sdl(shop());
  EXPECT_EQ(definition(sdl, "input CreateProductInput"),
            "input CreateProductInput {\n"
            "  \"\"\"\n"
            "  Display name.\n"
            "  Shown everywhere.\n"
            "  \"\"\"\n"
            "  name: String!\n"
            "  status: Status! = DRAFT\n"
            "  price: Decimal! = \"0.00\"\n"
            "  category: ID!\n"
            "  client: ID!\n"
            "  owner: ID\n"
            "  attributes: JSON\n"
            "}\n");
  std::string update = definition(sdl, "input UpdateProductInput");
  EXPECT_NE(update.find("  id: ID!\n"), std::string::npos);
  EXPECT_NE(update.find("  version: Int!\n"), std::string::npos);
  EXPECT_NE(update.find("  status: Status\n  price: Decimal\n  category: ID\n"), std::string::npos);
  EXPECT_EQ(update.find("legacyCode"), std::string::npos);
}

TEST(SdlGenerator, MutationsExistOnlyForAllowedOperations) {
  std::string sdl = render_sdl(shop());
  EXPECT_EQ(definition(sdl, "type Mutation"),
            "type Mutation {\n"
            "  createProduct(input: CreateProductInput!): ProductPayload!\n"
            "  updateProduct(input: UpdateProductInput!): ProductPayload!\n"
            "  deleteProduct(input: DeleteProductInput!): DeletePayload!\n"
            "  createTransfer(input: CreateTransferInput!): TransferPayload!\n"
            "  createInvite(input: CreateInviteInput!): InvitePayload!\n"
            "}\n");
  EXPECT_EQ(definition(sdl, "input UpdateTransferInput"), "");
  EXPECT_NE(definition(sdl, "type ProductPayload"), "");
  EXPECT_NE(definition(sdl, "type DeletePayload"), "");
}

TEST(SdlGenerator, SchemaWithoutAllowedWritesHasNoMutationType) {
  ir::Schema schema = shop();
  for (ir::Entity& each : schema.entities)
    std::erase_if(each.rules,
                  [](const ir::Rule& rule) { return rule.operation != ir::Operation::Read; });
  std::string sdl = render_sdl(schema);
  EXPECT_EQ(sdl.find("type Mutation"), std::string::npos);
  EXPECT_EQ(sdl.find("DeletePayload"), std::string::npos);
}

TEST(SdlGenerator, NamedOperationsTakeIdsForEntitiesAndPageConnections) {
  ir::Schema schema = shop();
  ir::NamedOperation search;
  search.app = "shop";
  search.name = search.graphql_name = "searchProducts";
  search.doc = "Products by name.";
  search.parameters = {
      {"text", "text", scalar(ScalarType::Text), false, std::nullopt},
      {"category", "category", reference("shop.Category"), true, std::nullopt},
      {"limit", "limit", scalar(ScalarType::Int), false, value(ir::Value::Kind::Int, "10")}};
  search.result_shape = ir::ResultShape::Connection;
  search.result_type = reference("shop.Product");
  search.rules.push_back(ir::Rule{ir::Operation::Read, {ir::Principal{}}, std::nullopt, {}});
  ir::NamedOperation archive;
  archive.app = "shop";
  archive.name = archive.graphql_name = "archiveProduct";
  archive.kind = ir::OperationKind::Mutation;
  archive.parameters = {{"product", "product", reference("shop.Product"), false, std::nullopt}};
  archive.result_type = reference("shop.Product");
  archive.rules.push_back(ir::Rule{ir::Operation::Update, {ir::Principal{}}, std::nullopt, {}});
  ir::NamedOperation count = archive;
  count.name = count.graphql_name = "countProducts";
  count.result_type = scalar(ScalarType::Int);
  ir::NamedOperation denied = archive;
  denied.name = denied.graphql_name = "neverAllowed";
  denied.rules.clear();
  schema.operations = {search, archive, count, denied};

  std::string sdl = render_sdl(schema);
  EXPECT_NE(sdl.find("  \"Products by name.\"\n  searchProducts(\n    text: String!\n"
                     "    category: ID\n    limit: Int! = 10\n    first: Int\n"),
            std::string::npos)
      << sdl;
  EXPECT_NE(sdl.find("  ): ProductConnection!\n}\n"), std::string::npos);
  EXPECT_NE(sdl.find("  archiveProduct(product: ID!): Product\n"), std::string::npos);
  EXPECT_NE(sdl.find("  countProducts(product: ID!): Int!\n"), std::string::npos);
  EXPECT_EQ(sdl.find("neverAllowed"), std::string::npos);
}

TEST(SdlGenerator, WritesSchemaGraphqlDeterministically) {
  MemorySink first;
  MemorySink second;
  SdlGenerator().generate(shop(), first);
  SdlGenerator().generate(shop(), second);
  ASSERT_EQ(first.files.size(), 1u);
  EXPECT_EQ(first.files.begin()->first, "schema.graphql");
  EXPECT_EQ(first.files, second.files);
  EXPECT_EQ(first.files.begin()->second.rfind("# Generated by lysc", 0), 0u);
}

TEST(SdlText, RendersOnceForTheGeneratorsOfOneBuild) {
  ir::Schema schema = shop();
  SdlText sdl;
  const std::string& text = sdl.of(schema);
  EXPECT_EQ(text, render_sdl(schema));
  EXPECT_EQ(&sdl.of(schema), &text);
  ir::Schema other = shop();
  EXPECT_THROW(sdl.of(other), std::logic_error);
}

}  // namespace
}  // namespace lys::emit
