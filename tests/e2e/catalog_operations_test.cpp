// catalog-server's named operations (schemas/catalog.lys): the query searchProducts,
// the mutation archiveProduct, and the extern mutation importCatalog
// (schemas/extern/import_catalog.cpp).
#include <gtest/gtest.h>

#include <fstream>
#include <thread>

#include "lys/db/ids.h"
#include "support/catalog.h"

namespace lys::e2e {
namespace {

class CatalogOperations : public FreshCatalogTest {
 protected:
  // Writes a feed file for importCatalog and returns its path.
  std::string feed(const std::string& name, const std::string& json) {
    std::filesystem::path path = catalog().database().directory() / name;
    std::ofstream(path) << json;
    return path.string();
  }

  std::string product_names() {
    Json data = parse_json(
        catalog().data("{ products(first: 100, orderBy: [{field: NAME}]) { nodes { name } } }"));
    return joined(texts_of(at(data.get(), "products.nodes"), "name"));
  }
};
LYS_CATALOG_SUITE(CatalogOperations);

constexpr const char* kSearch = R"(
  query ($text: String!, $category: ID, $first: Int, $after: String) {
    searchProducts(text: $text, category: $category, first: $first, after: $after) {
      totalCount nodes { name } pageInfo { hasNextPage endCursor } } })";

TEST_P(CatalogOperations, SearchProductsFiltersByNameAndOptionalCategoryNewestFirst) {
  // Created one by one, so that their creation times differ: newest first is
  // Lantern, Laces, Lamp, then the fixture Laptop.
  for (const NewProduct& product : std::vector<NewProduct>{
           {"Lamp", "20.00", 1, "ACTIVE", "ELECTRONICS", "acme", ""},
           {"Laces", "2.00", 1, "ACTIVE", "CLOTHING", "globex", ""},
           {"Lantern", "30.00", 1, "DRAFT", "ELECTRONICS", "globex", ""},
       }) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    create_products(catalog(), {product});
  }
  auto search = [&](const std::string& variables) {
    Json data = parse_json(catalog().data(kSearch, variables));
    return print(at(data.get(), "searchProducts.totalCount")) + " " +
           print(at(data.get(), "searchProducts.nodes"));
  };
  EXPECT_EQ(search(R"({"text":"la%"})"),
            R"(4 [{"name":"Lantern"},{"name":"Laces"},{"name":"Lamp"},{"name":"Laptop"}])");
  // With a category; a null category drops its condition, as does a missing one.
  EXPECT_EQ(search(R"({"text":"%A%","category":)" + json_string(category_id("ELECTRONICS")) + "}"),
            R"(3 [{"name":"Lantern"},{"name":"Lamp"},{"name":"Laptop"}])");
  EXPECT_EQ(search(R"({"text":"%shirt","category":null})"), R"(1 [{"name":"T-shirt"}])");
  EXPECT_EQ(search(R"({"text":"%shirt"})"), R"(1 [{"name":"T-shirt"}])");
  EXPECT_EQ(
      search(R"({"text":"%shirt","category":)" + json_string(category_id("ELECTRONICS")) + "}"),
      "0 []");

  // Paginated: two, then the rest after the cursor.
  Json first = parse_json(catalog().data(kSearch, R"({"text":"la%","first":2})"));
  EXPECT_EQ(print(at(first.get(), "searchProducts.nodes")),
            R"([{"name":"Lantern"},{"name":"Laces"}])");
  EXPECT_EQ(print(at(first.get(), "searchProducts.pageInfo.hasNextPage")), "true");
  Json rest = parse_json(catalog().data(
      kSearch, R"({"text":"la%","after":)" +
                   print(at(first.get(), "searchProducts.pageInfo.endCursor")) + "}"));
  EXPECT_EQ(print(at(rest.get(), "searchProducts.nodes")),
            R"([{"name":"Lamp"},{"name":"Laptop"}])");
  EXPECT_EQ(print(at(rest.get(), "searchProducts.totalCount")), "4");
}

TEST_P(CatalogOperations, ArchiveProductSetsItsStatus) {
  std::string tshirt = product_id("tshirt");
  EXPECT_EQ(catalog().data("mutation { archiveProduct(product: \"" + tshirt +
                           "\") { name status version category { code } } }"),
            R"({"archiveProduct":{"name":"T-shirt","status":"ARCHIVED","version":2,)"
            R"("category":{"code":"CLOTHING"}}})");
  EXPECT_EQ(catalog().data("{ product(id: \"" + tshirt + "\") { status version } }"),
            R"({"product":{"status":"ARCHIVED","version":2}})");

  // An id that names no product, or names something else, changes nothing.
  for (const auto& [id, code] : std::vector<std::pair<std::string, std::string>>{
           {product_id("nothing"), "NOT_FOUND"}, {category_id("CLOTHING"), "BAD_USER_INPUT"}}) {
    std::string before = catalog().snapshot();
    Json response = catalog().post("mutation { archiveProduct(product: \"" + id + "\") { name } }");
    EXPECT_EQ(first_error_code(response.get()), code) << print(response.get());
    EXPECT_EQ(print(at(response.get(), "data")), R"({"archiveProduct":null})");
    EXPECT_EQ(catalog().snapshot(), before);
  }
}

constexpr const char* kImport = "mutation ($url: String!) { importCatalog(url: $url) }";

TEST_P(CatalogOperations, ImportCatalogInsertsAFeed) {
  std::string acme = db::uuid_v5_url("organization.Client/acme");
  std::string path = feed("feed.json", R"([
      {"name": "Desk", "price": "149.00", "category": "CLOTHING", "client": ")" +
                                           acme +
                                           R"(", "status": "ACTIVE", "stock": 3},
      {"name": "Chair", "price": 89.5, "category": "ELECTRONICS", "client": ")" +
                                           acme + R"(", "description": "Oak"}])");
  EXPECT_EQ(catalog().data(kImport, R"({"url":)" + json_string("file://" + path) + "}"),
            R"({"importCatalog":2})");
  EXPECT_EQ(catalog().data(R"({ products(filter: {name: {in: ["Chair", "Desk"]}},
                                orderBy: [{field: NAME}]) {
      nodes { name price status stock description category { code } client { name } } } })"),
            R"({"products":{"nodes":[)"
            R"({"name":"Chair","price":"89.50","status":"DRAFT","stock":0,"description":"Oak",)"
            R"("category":{"code":"ELECTRONICS"},"client":{"name":"Acme"}},)"
            R"({"name":"Desk","price":"149.00","status":"ACTIVE","stock":3,"description":null,)"
            R"("category":{"code":"CLOTHING"},"client":{"name":"Acme"}}]}})");
}

TEST_P(CatalogOperations, ImportCatalogImportsAllOrNothing) {
  std::string acme = db::uuid_v5_url("organization.Client/acme");
  // A product of the feed, in CLOTHING unless `members` says otherwise.
  auto product = [&](const std::string& name, const std::string& members) {
    std::string category =
        members.find("\"category\"") == std::string::npos ? R"(, "category": "CLOTHING")" : "";
    return R"({"name": ")" + name + R"(", "price": "1.00", "client": ")" + acme + "\"" + category +
           members + "}";
  };
  struct Case {
    std::string url;
    std::string code;
  };
  for (const Case& c : std::vector<Case>{
           {feed("missing.json", "[" + product("A", "") + R"(, {"name": "B"}])"), "BAD_USER_INPUT"},
           {feed("status.json",
                 "[" + product("A", "") + ", " + product("B", R"(, "status": "SOLD")") + "]"),
            "BAD_USER_INPUT"},
           {feed("negative.json",
                 "[" + product("A", "") + ", " + product("B", R"(, "stock": -1)") + "]"),
            "BAD_USER_INPUT"},
           {feed("category.json", "[" + product("A", "") + ", " +
                                      product("B", R"(, "category": "FURNITURE")") + "]"),
            "BAD_USER_INPUT"},
           {feed("duplicate.json", "[" + product("A", "") + ", " + product("Laptop", "") + "]"),
            "CONFLICT"},
           {feed("twice.json", "[" + product("A", "") + ", " + product("A", "") + "]"), "CONFLICT"},
           {feed("object.json", R"({"name": "A"})"), "BAD_USER_INPUT"},
           {feed("text.json", "not json"), "BAD_USER_INPUT"},
           {"file:///nonexistent/feed.json", "BAD_USER_INPUT"},
           {"https://example.com/feed.json", "BAD_USER_INPUT"},
       }) {
    std::string before = catalog().snapshot();
    Json response = catalog().post(kImport, R"({"url":)" + json_string(c.url) + "}");
    EXPECT_EQ(first_error_code(response.get()), c.code) << c.url << "\n" << print(response.get());
    EXPECT_EQ(text_at(response.get(), "errors[0].extensions.field"), "url") << c.url;
    EXPECT_EQ(print(at(response.get(), "errors[0].path")), R"(["importCatalog"])") << c.url;
    EXPECT_EQ(catalog().snapshot(), before) << c.url;
  }
  EXPECT_EQ(product_names(), "Laptop T-shirt");
}

}  // namespace
}  // namespace lys::e2e
