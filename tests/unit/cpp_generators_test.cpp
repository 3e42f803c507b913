// The C++ that `lysc build` writes for a small hand-built schema (tests/unit/
// sql_test_schema.h): the runtime model, the structs and repositories, the enums, the
// extern adapters and main. tests/repositories compiles and runs the catalog's.
#include <gtest/gtest.h>

#include "compiler/emit/cpp/enum_generator.h"
#include "compiler/emit/cpp/extern_generator.h"
#include "compiler/emit/cpp/main_generator.h"
#include "compiler/emit/cpp/model_generator.h"
#include "compiler/emit/cpp/repository_generator.h"
#include "compiler/emit/output_sink.h"
#include "sql_test_schema.h"

namespace lys::emit::cpp {
namespace {

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The generated source with adjacent string literals joined, so SQL reads as one text
// wherever the generator wrapped it.
std::string joined_literals(std::string source) {
  for (std::size_t at = source.find("\"\n"); at != std::string::npos;
       at = source.find("\"\n", at)) {
    std::size_t next = source.find_first_not_of(' ', at + 2);
    if (next != std::string::npos && source[next] == '"') {
      source.erase(at, next - at + 1);
    } else {
      at += 2;
    }
  }
  return source;
}

ir::Expr field_expr(const std::string& name, ir::Type type) {
  ir::Expr expr;
  expr.kind = ir::Expr::Kind::Field;
  expr.type = std::move(type);
  expr.path = {name};
  return expr;
}

ir::Expr argument_expr(const std::string& name, bool nullable) {
  ir::Expr expr;
  expr.kind = ir::Expr::Kind::Argument;
  expr.argument = name;
  expr.nullable = nullable;
  return expr;
}

ir::Expr binary(ir::BinaryOp op, ir::Expr left, ir::Expr right) {
  ir::Expr expr;
  expr.kind = ir::Expr::Kind::Binary;
  expr.type = lys::testing::scalar(ir::ScalarType::Bool);
  expr.binary_op = op;
  expr.operands = {std::move(left), std::move(right)};
  return expr;
}

ir::Parameter parameter(const std::string& name, ir::Type type, bool nullable) {
  ir::Parameter result;
  result.name = name;
  result.graphql_name = name;
  result.type = std::move(type);
  result.nullable = nullable;
  return result;
}

// The shop schema with rules, a named query, an extern mutation and fixtures.
ir::Schema schema() {
  ir::Schema shop = lys::testing::shop_schema();
  ir::Entity& product = *lys::testing::find(shop, "catalog.Product");
  product.rules.push_back({ir::Operation::Read, {{}}, std::nullopt, {}});
  product.rules.push_back({ir::Operation::Update, {{}}, std::nullopt, {}});
  lys::testing::find(shop, "catalog.ProductCategory")
      ->rules.push_back({ir::Operation::Read, {{}}, std::nullopt, {}});

  ir::Type category_type = product.fields[5].type;
  ir::NamedOperation search;
  search.app = "catalog";
  search.name = "searchProducts";
  search.graphql_name = "searchProducts";
  search.parameters = {parameter("text", lys::testing::scalar(ir::ScalarType::Text), false),
                       parameter("category", category_type, true)};
  search.result_shape = ir::ResultShape::Connection;
  search.result_type.kind = ir::Type::Kind::Reference;
  search.result_type.target = "catalog.Product";
  search.condition = binary(
      ir::BinaryOp::And,
      binary(ir::BinaryOp::ILike, field_expr("name", lys::testing::scalar(ir::ScalarType::Text)),
             argument_expr("text", false)),
      binary(ir::BinaryOp::Eq, field_expr("category", category_type),
             argument_expr("category", true)));
  search.order = {{{"created_at"}, true}};
  search.rules.push_back({ir::Operation::Read, {{}}, std::nullopt, {}});
  shop.operations.push_back(search);

  ir::NamedOperation import;
  import.app = "catalog";
  import.name = "importCatalog";
  import.graphql_name = "importCatalog";
  import.kind = ir::OperationKind::Mutation;
  import.is_extern = true;
  import.parameters = {parameter("url", lys::testing::scalar(ir::ScalarType::String), false)};
  import.result_type = lys::testing::scalar(ir::ScalarType::Int);
  import.doc = "Imports products.";
  shop.operations.push_back(import);

  ir::FixtureSet categories;
  categories.entity = "catalog.ProductCategory";
  categories.environments = {"dev"};
  ir::FixtureRecord books;
  books.key = "BOOKS";
  books.values = {
      {"description", lys::testing::value(ir::Value::Kind::String, "Paper \"and\" ink")}};
  categories.records.push_back(books);
  ir::FixtureRecord music;
  music.key = "MUSIC";
  music.values = {{"description", lys::testing::value(ir::Value::Kind::Null, "")}};
  categories.records.push_back(music);
  shop.fixtures.push_back(categories);
  return shop;
}

std::map<std::string, std::string> generate_all(const ir::Schema& input) {
  MemorySink sink;
  ModelGenerator().generate(input, sink);
  EnumGenerator().generate(input, sink);
  RepositoryGenerator().generate(input, sink);
  ExternGenerator().generate(input, sink);
  MainGenerator().generate(input, sink);
  return sink.files;
}

TEST(CppGenerators, WriteOneFilePairPerAppPlusModelEnumsExternsAndMain) {
  std::vector<std::string> paths;
  for (const auto& [path, contents] : generate_all(schema())) paths.push_back(path);
  EXPECT_EQ(paths, (std::vector<std::string>{"cpp/catalog/catalog.cpp", "cpp/catalog/catalog.h",
                                             "cpp/catalog/enums.cpp", "cpp/catalog/enums.h",
                                             "cpp/externs.cpp", "cpp/externs.h", "cpp/main.cpp",
                                             "cpp/model.cpp", "cpp/model.h"}));
}

TEST(CppGenerators, EveryFileHasTheBannerAndFitsInOneHundredColumns) {
  for (const auto& [path, contents] : generate_all(schema())) {
    EXPECT_TRUE(
        contents.starts_with("// Generated by lysc from the schema of app catalog.\n"
                             "// Do not edit: change the schema and run `lysc build`.\n"))
        << path;
    std::size_t start = 0;
    int line = 1;
    while (start < contents.size()) {
      std::size_t end = contents.find('\n', start);
      EXPECT_LE(end - start, 100u) << path << ":" << line;
      if (end > start) {
        EXPECT_NE(contents[end - 1], ' ') << path << ":" << line;
      }
      start = end + 1;
      ++line;
    }
  }
}

TEST(CppGenerators, OutputIsDeterministic) {
  EXPECT_EQ(generate_all(schema()), generate_all(schema()));
}

TEST(CppModel, FieldsCarryKindsColumnsTargetsAndDefaults) {
  std::string model = generate_all(schema())["cpp/model.cpp"];
  EXPECT_PRED2(contains, model,
               "      {.name = \"price\",\n"
               "       .column = \"price\",\n"
               "       .graphql_name = \"price\",\n"
               "       .kind = Kind::Decimal,\n"
               "       .precision = 10,\n"
               "       .scale = 2},\n");
  EXPECT_PRED2(contains, model,
               "       .kind = Kind::Enum,\n"
               "       .enum_values = {\"DRAFT\", \"ACTIVE\", \"ARCHIVED\"},\n"
               "       .default_kind = DefaultKind::Constant,\n"
               "       .default_value = \"DRAFT\"},\n");
  EXPECT_PRED2(contains, model,
               "       .column = \"category_id\",\n"
               "       .graphql_name = \"category\",\n"
               "       .kind = Kind::Reference,\n"
               "       .target = kCatalogProductCategory,\n"
               "       .key_kind = Kind::String},\n");
  EXPECT_PRED2(contains, model,
               "       .implicit = Implicit::CreatedAt,\n"
               "       .default_kind = DefaultKind::Now},\n");
  EXPECT_PRED2(contains, model,
               "enum EntityIndex : int {\n  kCatalogProductCategory,\n"
               "  kCatalogProduct,\n};");
}

TEST(CppModel, UniqueIndexesInverseRelationsAndAllowedOperations) {
  std::string model = generate_all(schema())["cpp/model.cpp"];
  EXPECT_PRED2(contains, model, R"({"uq_catalog_product_name", {1}},)");
  EXPECT_PRED2(contains, model, R"({"Products", kCatalogProduct, 5},  // Product.category)");
  EXPECT_PRED2(contains, model, "entity.operations = {.read = true, .update = true};");
}

TEST(CppModel, NamedQueryTemplatesDropTheTermOfANullOptionalArgument) {
  std::string model = generate_all(schema())["cpp/model.cpp"];
  EXPECT_PRED2(contains, model,
               "operation.where_sql[kSqlite] =\n      \"{row}.name LIKE {arg:0} AND "
               "({arg:1} IS NULL OR {row}.category_id = {arg:1})\";");
  EXPECT_PRED2(contains, model,
               "\"{row}.name ILIKE {arg:0} AND ({arg:1} IS NULL OR "
               "{row}.category_id = {arg:1})\";");
  EXPECT_PRED2(contains, model, "operation.order = {{8, true}};");
  EXPECT_PRED2(contains, model,
               "      {.name = \"category\",\n"
               "       .graphql_name = \"category\",\n"
               "       .kind = Kind::Reference,\n"
               "       .target = kCatalogProductCategory,\n"
               "       .nullable = true},\n");
  EXPECT_PRED2(contains, model,
               "{.name = \"text\", .graphql_name = \"text\", .kind = Kind::Text},");
}

TEST(CppModel, FixturesAndSdl) {
  std::string model = generate_all(schema())["cpp/model.cpp"];
  EXPECT_PRED2(contains, model,
               "FixtureSet set{.entity = kCatalogProductCategory};\n"
               "  set.environments = {\"dev\"};");
  EXPECT_PRED2(contains, model, R"({"BOOKS", {text(1, "Paper \"and\" ink")}},)");
  // null is null, not the empty text.
  EXPECT_PRED2(contains, model, R"({"MUSIC", {FixtureValue::null_of(1)}},)");
  EXPECT_PRED2(contains, model, "constexpr const char* kSdl =\n    R\"sdl(# Generated by lysc");
}

TEST(CppRepository, StructMembersUseTheFieldTypesAndDefaults) {
  std::string header = generate_all(schema())["cpp/catalog/catalog.h"];
  EXPECT_PRED2(contains, header, "  std::string price;  // decimal(10, 2) as text\n");
  EXPECT_PRED2(contains, header, "  ProductStatus status = ProductStatus::DRAFT;\n");
  EXPECT_PRED2(contains, header, "  std::int32_t stock = 0;\n");
  EXPECT_PRED2(contains, header, "  std::string category_id;  // catalog.ProductCategory code\n");
  EXPECT_PRED2(contains, header, "  std::optional<std::string> attributes;  // JSON text\n");
  EXPECT_PRED2(contains, header, "  std::int32_t version = 1;\n");
  EXPECT_PRED2(contains, header, "#include \"catalog/enums.h\"");
  EXPECT_FALSE(contains(header, "std::optional<std::string> attributes;\n};"));
}

TEST(CppRepository, StatementsPerDialectBindEveryValue) {
  std::string source = joined_literals(generate_all(schema())["cpp/catalog/catalog.cpp"]);
  EXPECT_PRED2(contains, source, "printf('%.2f', price)");
  EXPECT_PRED2(contains, source, "to_char(created_at AT TIME ZONE 'UTC', ");
  EXPECT_PRED2(contains, source, "WHERE id = $1 AND version = $9");
  EXPECT_PRED2(contains, source, "ON CONFLICT (id) DO UPDATE SET name = excluded.name");
  EXPECT_PRED2(contains, source, "version = catalog_product.version + 1");
  EXPECT_PRED2(contains, source, "created.id = lys::db::random_uuid();");
  EXPECT_PRED2(contains, source, "throw lys::db::VersionConflict(kTable, row.id);");
}

TEST(CppRepository, ParametricEntitiesKeepTheirCode) {
  std::string source = joined_literals(generate_all(schema())["cpp/catalog/catalog.cpp"]);
  // ProductCategory's section, up to Product's.
  std::size_t start = source.find("// ProductCategory ---");
  std::string category = source.substr(start, source.find("// Product ---") - start);
  EXPECT_FALSE(contains(category, "random_uuid"));
  EXPECT_PRED2(contains, source, "random_uuid");
  EXPECT_PRED2(contains, source, "INSERT INTO catalog_product_category (id, description, enabled)");
}

TEST(CppRepository, OneFilePairPerAppWithASectionPerEntity) {
  auto files = generate_all(schema());
  const std::string& header = files["cpp/catalog/catalog.h"];
  EXPECT_PRED2(contains, header, "// Product ----");
  EXPECT_LT(header.find("struct ProductCategory {"), header.find("struct Product {"));
  EXPECT_LT(header.find("class ProductCategoryRepository {"), header.find("struct Product {"));
  const std::string& source = files["cpp/catalog/catalog.cpp"];
  EXPECT_EQ(source.find("struct Statements {"), source.rfind("struct Statements {"));
  // Each entity's read_row, kSqlite, … in a namespace of its own.
  EXPECT_PRED2(contains, source,
               "namespace product_category_sql {\n\nconstexpr Statements kSqlite");
  EXPECT_PRED2(contains, source, "namespace product_sql {\n\nconstexpr Statements kSqlite");
  EXPECT_PRED2(contains, source,
               "Product ProductRepository::create(const Product& row) {\n"
               "  using namespace product_sql;\n");
}

TEST(CppEnums, EnumClassWithStringConversions) {
  auto files = generate_all(schema());
  EXPECT_PRED2(contains, files["cpp/catalog/enums.h"],
               "// Where a product is in its life.\nenum class ProductStatus {\n  DRAFT,\n"
               "  // Visible to everyone.\n  ACTIVE,\n  ARCHIVED,\n};");
  EXPECT_PRED2(contains, files["cpp/catalog/enums.cpp"],
               "{ProductStatus::ARCHIVED, \"ARCHIVED\"},");
}

TEST(CppExterns, TypedDeclarationAndRegisteredAdapter) {
  auto files = generate_all(schema());
  EXPECT_PRED2(contains, files["cpp/externs.h"],
               "namespace catalog {\n\n// Imports products.\nstd::int32_t import_catalog("
               "lys::api::ExternCall& call, const std::string& url);\n");
  EXPECT_PRED2(contains, files["cpp/externs.cpp"], "registry.add(\"importCatalog\"");
  EXPECT_PRED2(contains, files["cpp/externs.cpp"],
               "auto result = catalog::import_catalog(call, argument(call, \"url\").text);");
  EXPECT_PRED2(contains, files["cpp/main.cpp"],
               "return lys::server::run(argc, argv, lys_generated::lys_model(), "
               "lys_generated::lys_externs());");
}

}  // namespace
}  // namespace lys::emit::cpp
