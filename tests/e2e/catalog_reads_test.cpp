// catalog-server reads: node/nodes and global ids, by-id fields and value forms,
// Relay connections walked both ways under a multi-column order with ties, relations
// both ways.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "lys/db/ids.h"
#include "lys/query/global_id.h"
#include "support/catalog.h"

namespace lys::e2e {
namespace {

class CatalogReads : public SampleCatalogTest {};
LYS_CATALOG_SUITE(CatalogReads);

const std::string kReviewId = fixture_global_id("Review", "catalog.Review", "laptop_review");

TEST_P(CatalogReads, NodeAndNodesFetchObjectsOfAnyTypeByGlobalId) {
  std::string fragments =
      "__typename id ... on Product { name price } ... on ProductCategory { code } "
      "... on Review { rating }";
  EXPECT_EQ(catalog().data("{ node(id: \"" + product_id("laptop") + "\") { " + fragments + " } }"),
            R"({"node":{"__typename":"Product","id":")" + product_id("laptop") +
                R"(","name":"Laptop","price":"999.99"}})");

  std::string missing = query::encode_global_id("Product", db::random_uuid());
  EXPECT_EQ(
      catalog().data("query ($ids: [ID!]!) { nodes(ids: $ids) { " + fragments + " } }",
                     R"({"ids":[")" + kReviewId + R"(",")" + missing + R"(",")" +
                         category_id("CLOTHING") + R"(",")" + product_id("tshirt") + R"("]})"),
      R"({"nodes":[{"__typename":"Review","id":")" + kReviewId +
          R"(","rating":5},null,{"__typename":"ProductCategory","id":")" + category_id("CLOTHING") +
          R"(","code":"CLOTHING"},{"__typename":"Product","id":")" + product_id("tshirt") +
          R"(","name":"T-shirt","price":"19.90"}]})");
}

TEST_P(CatalogReads, GlobalIdsAreOpaqueTypeAndKey) {
  Json response = parse_json(catalog().data(R"({ products(filter: {name: {eq: "Camera"}}) {
      nodes { id category { id } } } })"));
  std::optional<query::GlobalId> product =
      query::decode_global_id(text_at(response.get(), "products.nodes[0].id"));
  ASSERT_TRUE(product);
  EXPECT_EQ(product->type, "Product");
  EXPECT_EQ(product->raw_id.size(), 36u) << product->raw_id;
  EXPECT_EQ(text_at(response.get(), "products.nodes[0].category.id"), category_id("ELECTRONICS"));
}

// The by-id field finds nothing with an id of another type; node and nodes find
// nothing with an id that names no object: null, never an internal error, on both
// databases (PostgreSQL's uuid columns reject text that is not a uuid).
TEST_P(CatalogReads, AGlobalIdOfTheWrongTypeOrGarbageFindsNothing) {
  for (const std::string& id : {category_id("ELECTRONICS"), kReviewId}) {
    EXPECT_EQ(catalog().data("query ($id: ID!) { product(id: $id) { name } }",
                             R"({"id":)" + json_string(id) + "}"),
              R"({"product":null})")
        << id;
  }
  std::string product_uuid = db::uuid_v5_url("catalog.Product/laptop");
  for (const std::string& id :
       {query::encode_global_id("Review", product_uuid),
        query::encode_global_id("Product", "not-a-uuid"),
        query::encode_global_id("Product", "ELECTRONICS"),
        query::encode_global_id("ProductCategory", "NOPE"),
        query::encode_global_id("Nothing", product_uuid), std::string("!!not base64!!"),
        std::string("UHJvZHVjdA"), std::string("")}) {
    Json response = catalog().post(
        "query ($id: ID!) { product(id: $id) { name } node(id: $id) { id } "
        "nodes(ids: [$id]) { id } review(id: $id) { id } productCategory(id: $id) { id } }",
        R"({"id":)" + json_string(id) + "}");
    EXPECT_EQ(print(response.get()),
              R"({"data":{"product":null,"node":null,"nodes":[null],"review":null,)"
              R"("productCategory":null}})")
        << id;
  }
}

TEST_P(CatalogReads, TheByIdFieldReturnsEveryValueInItsForm) {
  std::string scalars =
      "name price status stock description sku weightGrams rating releasedOn attributes "
      "featured publishedAt legacyCode version category { code } client { name } owner { email }";
  EXPECT_EQ(
      catalog().data("{ product(id: \"" + product_id("laptop") + "\") { " + scalars + " } }"),
      R"({"product":{"name":"Laptop","price":"999.99","status":"ACTIVE","stock":12,)"
      R"("description":null,"sku":"6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14","weightGrams":null,)"
      R"("rating":null,"releasedOn":null,"attributes":null,"featured":false,"publishedAt":null,)"
      R"("legacyCode":null,"version":1,"category":{"code":"ELECTRONICS"},)"
      R"("client":{"name":"Acme"},"owner":null}})");

  // Camera was created with every optional field; its price as "12" and its publication
  // time at +02:00.
  Json camera =
      parse_json(catalog().data("{ products(filter: {name: {eq: \"Camera\"}}) { nodes { " +
                                scalars + " createdAt updatedAt } } }"));
  const cJSON* node = at(camera.get(), "products.nodes[0]");
  EXPECT_EQ(print(at(node, "price")), R"("12.00")");
  EXPECT_EQ(print(at(node, "weightGrams")), R"("5000000000")");
  EXPECT_EQ(print(at(node, "rating")), "4.5");
  EXPECT_EQ(print(at(node, "releasedOn")), R"("2024-05-01")");
  // JSON as JSON (PostgreSQL's jsonb orders the keys its own way).
  EXPECT_TRUE(cJSON_Compare(at(node, "attributes"),
                            parse_json(R"({"lens":"35mm","iso":[100,200]})").get(), true))
      << print(at(node, "attributes"));
  EXPECT_EQ(print(at(node, "featured")), "true");
  EXPECT_EQ(print(at(node, "publishedAt")), R"("2024-05-01T12:00:00.000Z")");
  std::string created = text_at(node, "createdAt");
  EXPECT_EQ(created.size(), 24u) << created;
  EXPECT_TRUE(created.ends_with("Z") && created[10] == 'T' && created[19] == '.') << created;
  EXPECT_EQ(text_at(node, "updatedAt"), created);
}

// One page of `products` in the tied order, with everything a client reads.
struct Page {
  std::vector<std::string> ids;
  std::vector<std::string> keys;  // "price/stock" of each row
  std::vector<std::string> cursors;
  Json response{nullptr, cJSON_Delete};
};

constexpr const char* kTiedOrderQuery = R"(
  query ($first: Int, $after: String, $last: Int, $before: String) {
    products(first: $first, after: $after, last: $last, before: $before,
             orderBy: [{field: PRICE}, {field: STOCK, direction: DESC}]) {
      totalCount
      edges { cursor node { id price stock } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  })";

Page read_page(Catalog& catalog, const std::string& variables) {
  Page page;
  page.response = parse_json(catalog.data(kTiedOrderQuery, variables));
  const cJSON* edge = nullptr;
  cJSON_ArrayForEach(edge, at(page.response.get(), "products.edges")) {
    page.ids.push_back(text_at(edge, "node.id"));
    page.keys.push_back(text_at(edge, "node.price") + "/" + print(at(edge, "node.stock")));
    page.cursors.push_back(text_at(edge, "cursor"));
  }
  return page;
}

// Checks what a page says about itself; `index` counts from the walk's start.
void expect_page_info(const Page& page, bool backward, bool last_of_walk, std::size_t index) {
  const cJSON* info = at(page.response.get(), "products.pageInfo");
  EXPECT_EQ(print(at(page.response.get(), "products.totalCount")), "12");
  ASSERT_FALSE(page.cursors.empty());
  EXPECT_EQ(text_at(info, "startCursor"), page.cursors.front());
  EXPECT_EQ(text_at(info, "endCursor"), page.cursors.back());
  bool toward_start = backward ? !last_of_walk : index > 0;
  bool toward_end = backward ? index > 0 : !last_of_walk;
  EXPECT_EQ(print(at(info, "hasPreviousPage")), toward_start ? "true" : "false") << index;
  EXPECT_EQ(print(at(info, "hasNextPage")), toward_end ? "true" : "false") << index;
}

// Walks the whole table, `size` rows a page, from the start (first/after) or from the
// end (last/before); the rows in list order.
Page walk(Catalog& catalog, bool backward, int size) {
  Page whole;
  std::string cursor;
  for (std::size_t index = 0;; ++index) {
    std::string variables =
        std::string(backward ? R"({"last":)" : R"({"first":)") + std::to_string(size) +
        (cursor.empty()
             ? ""
             : std::string(backward ? R"(,"before":)" : R"(,"after":)") + json_string(cursor)) +
        "}";
    Page page = read_page(catalog, variables);
    bool more =
        print(at(page.response.get(), backward ? "products.pageInfo.hasPreviousPage"
                                               : "products.pageInfo.hasNextPage")) == "true";
    expect_page_info(page, backward, !more, index);
    EXPECT_EQ(page.ids.size(), static_cast<std::size_t>(more ? size : (12 - 1) % size + 1))
        << index;
    auto insert_at = backward ? 0 : whole.ids.size();
    whole.ids.insert(whole.ids.begin() + insert_at, page.ids.begin(), page.ids.end());
    whole.keys.insert(whole.keys.begin() + insert_at, page.keys.begin(), page.keys.end());
    if (!more || index > 12) return whole;
    cursor = backward ? page.cursors.front() : page.cursors.back();
  }
}

TEST_P(CatalogReads, CursorsWalkTheWholeTableOnceInOrderBothWays) {
  Page all = read_page(catalog(), R"({"first":100})");
  ASSERT_EQ(all.ids.size(), 12u);
  EXPECT_EQ(all.keys, (std::vector<std::string>{"5.00/1", "5.00/1", "5.00/0", "5.00/0", "7.50/2",
                                                "7.50/2", "7.50/1", "12.00/3", "12.00/3", "12.00/3",
                                                "19.90/0", "999.99/12"}));
  EXPECT_EQ(std::set<std::string>(all.ids.begin(), all.ids.end()).size(), 12u);

  for (int size : {1, 5}) {
    Page forward = walk(catalog(), false, size);
    EXPECT_EQ(forward.ids, all.ids) << "first: " << size;
    Page backward = walk(catalog(), true, size);
    EXPECT_EQ(backward.ids, all.ids) << "last: " << size;
  }
}

TEST_P(CatalogReads, PagesBetweenTwoCursorsAndEmptyPages) {
  Page all = read_page(catalog(), R"({"first":100})");
  ASSERT_EQ(all.cursors.size(), 12u);
  // after the 3rd and before the 9th: the 4th to the 8th (a forward page: whether rows
  // follow `before` is not said).
  Json between = parse_json(catalog().data(
      R"(query ($after: String, $before: String) {
           products(after: $after, before: $before,
                    orderBy: [{field: PRICE}, {field: STOCK, direction: DESC}]) {
             nodes { id } pageInfo { hasNextPage hasPreviousPage } } })",
      R"({"after":)" + json_string(all.cursors[2]) + R"(,"before":)" + json_string(all.cursors[8]) +
          "}"));
  EXPECT_EQ(texts_of(at(between.get(), "products.nodes"), "id"),
            std::vector<std::string>(all.ids.begin() + 3, all.ids.begin() + 8));
  EXPECT_EQ(print(at(between.get(), "products.pageInfo")),
            R"({"hasNextPage":false,"hasPreviousPage":true})");

  // Beyond the last row, and a filter nothing matches.
  Page beyond = read_page(catalog(), R"({"first":3,"after":)" + json_string(all.cursors[11]) + "}");
  EXPECT_EQ(print(at(beyond.response.get(), "products.pageInfo")),
            R"({"hasNextPage":false,"hasPreviousPage":true,"startCursor":null,"endCursor":null})");
  EXPECT_EQ(catalog().data(R"({ products(filter: {name: {eq: "Nope"}}) {
      totalCount edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } })"),
            R"({"products":{"totalCount":0,"edges":[],"pageInfo":{"hasNextPage":false,)"
            R"("hasPreviousPage":false,"startCursor":null,"endCursor":null}}})");
}

TEST_P(CatalogReads, BadPageArgumentsAreBadUserInput) {
  for (const char* arguments :
       {"first: -1", "last: -2", "first: 2, last: 2", "after: \"garbage\""}) {
    Json response = catalog().post(std::string("{ products(") + arguments + ") { totalCount } }");
    EXPECT_EQ(first_error_code(response.get()), "BAD_USER_INPUT") << print(response.get());
    EXPECT_EQ(print(at(response.get(), "data")), "null") << arguments;
    EXPECT_EQ(print(at(response.get(), "errors[0].path")), R"(["products"])") << arguments;
  }
}

TEST_P(CatalogReads, RelationsBothWaysNestThreeLevels) {
  // product → category → products → reviews, and product → reviews → product → category.
  EXPECT_EQ(catalog().data(R"({ product(id: ")" + product_id("laptop") + R"(") {
      name
      category { code products(orderBy: [{field: PRICE, direction: DESC}, {field: NAME}], first: 3) {
        totalCount nodes { name reviews(orderBy: [{field: RATING}]) { nodes { rating body } } } } }
      reviews { totalCount nodes { body product { category { code } } } } } })"),
            R"({"product":{"name":"Laptop","category":{"code":"ELECTRONICS","products":)"
            R"({"totalCount":7,"nodes":[{"name":"Laptop","reviews":{"nodes":)"
            R"([{"rating":5,"body":"Fast and quiet."}]}},{"name":"Camera","reviews":{"nodes":)"
            R"([{"rating":2,"body":"Heavy"},{"rating":4,"body":"Sharp"}]}},)"
            R"({"name":"Monitor","reviews":{"nodes":[]}}]}},)"
            R"("reviews":{"totalCount":1,"nodes":[{"body":"Fast and quiet.",)"
            R"("product":{"category":{"code":"ELECTRONICS"}}}]}}})");

  // review → product → category → products (filtered), from the root connection.
  EXPECT_EQ(catalog().data(R"({ reviews(filter: {rating: {lt: 5}}, orderBy: [{field: RATING}]) {
      nodes { rating product { name client { name } category { code
        products(filter: {status: {eq: ACTIVE}}, orderBy: [{field: NAME}]) {
          nodes { name } } } } } } })"),
            R"({"reviews":{"nodes":[)"
            R"({"rating":2,"product":{"name":"Camera","client":{"name":"Globex"},"category":)"
            R"({"code":"ELECTRONICS","products":{"nodes":[{"name":"Cable"},{"name":"Camera"},)"
            R"({"name":"Laptop"},{"name":"Mouse"}]}}}},)"
            R"({"rating":4,"product":{"name":"Camera","client":{"name":"Globex"},"category":)"
            R"({"code":"ELECTRONICS","products":{"nodes":[{"name":"Cable"},{"name":"Camera"},)"
            R"({"name":"Laptop"},{"name":"Mouse"}]}}}}]}})");

  // The by-id field of a parametric entity and its inverse connection.
  EXPECT_EQ(catalog().data(R"({ productCategory(id: ")" + category_id("CLOTHING") + R"(") {
      code description products(last: 2, orderBy: [{field: NAME}]) { totalCount nodes { name } } } })"),
            R"({"productCategory":{"code":"CLOTHING","description":"Apparel and fashion items.",)"
            R"("products":{"totalCount":5,"nodes":[{"name":"Socks"},{"name":"T-shirt"}]}}})");
}

TEST_P(CatalogReads, ASoftReferenceToAnEntityOfThisServerHasItsInverseConnection) {
  // Product.client is `soft organization.Client`: no foreign key, yet Client.products.
  EXPECT_EQ(
      catalog().data(R"({ clients(orderBy: [{field: NAME}]) { nodes { name
      products(first: 2, filter: {price: {lte: "7.50"}}, orderBy: [{field: NAME}]) {
        totalCount nodes { name client { name } } } } } })"),
      R"({"clients":{"nodes":[{"name":"Acme","products":{"totalCount":4,"nodes":[)"
      R"({"name":"Cable","client":{"name":"Acme"}},{"name":"Keyboard","client":{"name":"Acme"}}]}},)"
      R"({"name":"Globex","products":{"totalCount":3,"nodes":[)"
      R"({"name":"Charger","client":{"name":"Globex"}},{"name":"Gloves","client":{"name":"Globex"}}]}}]}})");
}

}  // namespace
}  // namespace lys::e2e
