// Connections: edges, nodes, pageInfo, totalCount; forward and backward keyset
// pagination over mixed-direction sort keys with NULLs; nesting in one statement.
#include <cjson/cJSON.h>

#include "planner_fixture.h"

namespace lys::query::test {
namespace {

Value order(std::vector<std::pair<std::string, std::string>> terms) {
  std::vector<Value> items;
  for (auto& [field, direction] : terms) {
    items.push_back(Obj({{"field", Enum(field)}, {"direction", Enum(direction)}}));
  }
  return List(std::move(items));
}

FieldSelection products_page(std::vector<Value::Field> arguments) {
  F field("products");
  for (auto& [name, value] : arguments) field.arg(name, value);
  return field.on("ProductConnection", {F("nodes").on("Product", {F("name")}),
                                        F("pageInfo")
                                            .on("PageInfo", {F("hasNextPage"), F("hasPreviousPage"),
                                                             F("startCursor"), F("endCursor")})});
}

// The names on a page, its flags and cursors.
struct PageResult {
  std::vector<std::string> names;
  bool has_next = false;
  bool has_previous = false;
  std::string start;
  std::string end;
};

PageResult parse_page(const std::string& json) {
  PageResult page;
  cJSON* root = cJSON_Parse(json.c_str());
  const cJSON* node = nullptr;
  cJSON_ArrayForEach(node, cJSON_GetObjectItem(root, "nodes")) {
    page.names.push_back(cJSON_GetObjectItem(node, "name")->valuestring);
  }
  const cJSON* info = cJSON_GetObjectItem(root, "pageInfo");
  page.has_next = cJSON_IsTrue(cJSON_GetObjectItem(info, "hasNextPage"));
  page.has_previous = cJSON_IsTrue(cJSON_GetObjectItem(info, "hasPreviousPage"));
  const cJSON* start = cJSON_GetObjectItem(info, "startCursor");
  const cJSON* end = cJSON_GetObjectItem(info, "endCursor");
  if (cJSON_IsString(start)) page.start = start->valuestring;
  if (cJSON_IsString(end)) page.end = end->valuestring;
  cJSON_Delete(root);
  return page;
}

using Names = std::vector<std::string>;

TEST_P(PlannerTest, ConnectionPagesForwardByIdByDefault) {
  PageResult first = parse_page(query(products_page({{"first", Int(2)}})));
  EXPECT_EQ(first.names, (Names{"Laptop", "T-shirt"}));
  EXPECT_TRUE(first.has_next);
  EXPECT_FALSE(first.has_previous);

  PageResult second =
      parse_page(query(products_page({{"first", Int(2)}, {"after", Str(first.end)}})));
  EXPECT_EQ(second.names, (Names{"Phone", "Headphones"}));
  EXPECT_TRUE(second.has_next);
  EXPECT_TRUE(second.has_previous);

  PageResult last =
      parse_page(query(products_page({{"first", Int(2)}, {"after", Str(second.end)}})));
  EXPECT_EQ(last.names, (Names{"Jeans"}));
  EXPECT_FALSE(last.has_next);
  EXPECT_EQ(last.start, last.end);

  PageResult empty =
      parse_page(query(products_page({{"first", Int(2)}, {"after", Str(last.end)}})));
  EXPECT_TRUE(empty.names.empty());
  EXPECT_FALSE(empty.has_next);
  EXPECT_TRUE(empty.has_previous);
  EXPECT_EQ(empty.start, "");
}

TEST_P(PlannerTest, ConnectionPagesBackward) {
  PageResult last = parse_page(query(products_page({{"last", Int(2)}})));
  EXPECT_EQ(last.names, (Names{"Headphones", "Jeans"}));
  EXPECT_TRUE(last.has_previous);
  EXPECT_FALSE(last.has_next);

  PageResult before =
      parse_page(query(products_page({{"last", Int(2)}, {"before", Str(last.start)}})));
  EXPECT_EQ(before.names, (Names{"T-shirt", "Phone"}));
  EXPECT_TRUE(before.has_previous);
  EXPECT_TRUE(before.has_next);

  PageResult first =
      parse_page(query(products_page({{"last", Int(5)}, {"before", Str(before.start)}})));
  EXPECT_EQ(first.names, (Names{"Laptop"}));
  EXPECT_FALSE(first.has_previous);
  EXPECT_TRUE(first.has_next);
}

// rating DESC (NULLs last), price ASC, then id: ties on rating and on price.
TEST_P(PlannerTest, KeysetIsStableUnderMixedDirectionsAndNulls) {
  const Names expected{"Phone", "Laptop", "Jeans", "T-shirt", "Headphones"};
  Value order_by = order({{"RATING", "DESC"}, {"PRICE", "ASC"}});
  for (int size = 1; size <= 3; ++size) {
    Names forward;
    std::optional<std::string> after;
    for (int guard = 0; guard < 10; ++guard) {
      std::vector<Value::Field> arguments{{"first", Int(size)}, {"orderBy", order_by}};
      if (after) arguments.push_back({"after", Str(*after)});
      PageResult page = parse_page(query(products_page(arguments)));
      forward.insert(forward.end(), page.names.begin(), page.names.end());
      if (!page.has_next) break;
      after = page.end;
    }
    EXPECT_EQ(forward, expected) << "page size " << size;

    Names backward;
    std::optional<std::string> before;
    for (int guard = 0; guard < 10; ++guard) {
      std::vector<Value::Field> arguments{{"last", Int(size)}, {"orderBy", order_by}};
      if (before) arguments.push_back({"before", Str(*before)});
      PageResult page = parse_page(query(products_page(arguments)));
      backward.insert(backward.begin(), page.names.begin(), page.names.end());
      if (!page.has_previous) break;
      before = page.start;
    }
    EXPECT_EQ(backward, expected) << "page size " << size;
  }
}

TEST_P(PlannerTest, ZeroFirstGivesAnEmptyPageThatHasMore) {
  PageResult page = parse_page(query(products_page({{"first", Int(0)}})));
  EXPECT_TRUE(page.names.empty());
  EXPECT_TRUE(page.has_next);
}

TEST_P(PlannerTest, BadPaginationIsBadUserInput) {
  EXPECT_THROW(query(products_page({{"first", Int(101)}})), InputError);
  EXPECT_THROW(query(products_page({{"first", Int(-1)}})), InputError);
  EXPECT_THROW(query(products_page({{"last", Int(-1)}})), InputError);
  EXPECT_THROW(query(products_page({{"first", Int(1)}, {"last", Int(1)}})), InputError);
  EXPECT_THROW(query(products_page({{"after", Str("!!")}})), InputError);
  // Genuine cursors of JSON arrays with the wrong number of keys.
  EXPECT_THROW(query(products_page({{"after", Str(encode_cursor(R"(["a","b"])"))}})), InputError);
  EXPECT_THROW(query(products_page({{"after", Str(encode_cursor(R"([1])"))}})), InputError);
  EXPECT_NO_THROW(query(products_page({{"first", Int(100)}})));
}

TEST_P(PlannerTest, EdgesTotalCountAndTypenames) {
  std::string json =
      query(F("productCategories")
                .arg("first", Int(1))
                .arg("orderBy", order({{"DESCRIPTION", "DESC"}}))
                .on("ProductCategoryConnection",
                    {F("__typename"), F("totalCount").as("count"),
                     F("edges").on("ProductCategoryEdge",
                                   {F("__typename"), F("node").on("ProductCategory", {F("code")})}),
                     F("pageInfo").on("PageInfo", {F("__typename"), F("hasNextPage")})}));
  EXPECT_EQ(
      json,
      normalized(R"({"__typename":"ProductCategoryConnection","count":3,)"
                 R"("edges":[{"__typename":"ProductCategoryEdge","node":{"code":"ELECTRONICS"}}],)"
                 R"("pageInfo":{"__typename":"PageInfo","hasNextPage":true}})"));
}

TEST_P(PlannerTest, ThreeLevelsOfNestingRunAsOneStatement) {
  FieldSelection reviews =
      F("reviews")
          .arg("orderBy", order({{"RATING", "DESC"}}))
          .on("ReviewConnection",
              {F("nodes").on("Review", {F("rating"), F("author").on("User", {F("email")})})});
  FieldSelection products =
      F("products")
          .arg("first", Int(1))
          .arg("orderBy", order({{"PRICE", "DESC"}}))
          .on("ProductConnection",
              {F("totalCount"), F("nodes").on("Product", {F("name"), reviews})});
  FieldSelection categories =
      F("productCategories")
          .arg("filter", Obj({{"enabled", Obj({{"eq", Bool(true)}})}}))
          .arg("orderBy", order({{"CODE", "ASC"}}))
          .on("ProductCategoryConnection",
              {F("edges").on(
                  "ProductCategoryEdge",
                  {F("cursor").as("c"), F("node").on("ProductCategory", {F("code"), products})})});
  std::uint64_t before = statements();
  std::string json = query(categories);
  EXPECT_EQ(statements() - before, 1u);
  cJSON* root = cJSON_Parse(json.c_str());
  cJSON* edges = cJSON_GetObjectItem(root, "edges");
  ASSERT_EQ(cJSON_GetArraySize(edges), 2);
  // The cursors are opaque; strip them to compare the rest.
  cJSON* edge = nullptr;
  cJSON_ArrayForEach(edge, edges) {
    EXPECT_TRUE(cJSON_IsString(cJSON_GetObjectItem(edge, "c")));
    cJSON_DeleteItemFromObject(edge, "c");
  }
  char* printed = cJSON_PrintUnformatted(root);
  std::string rest = printed;
  cJSON_free(printed);
  cJSON_Delete(root);
  EXPECT_EQ(
      rest,
      normalized(
          R"({"edges":[)"
          R"({"node":{"code":"CLOTHING","products":{"totalCount":2,"nodes":[{"name":"Jeans","reviews":{"nodes":[]}}]}}},)"
          R"({"node":{"code":"ELECTRONICS","products":{"totalCount":3,"nodes":[{"name":"Laptop","reviews":{"nodes":[)"
          R"({"rating":5,"author":{"email":"bob@example.com"}},{"rating":4,"author":null},)"
          R"({"rating":3,"author":{"email":"alice@example.com"}}]}}]}}}]})"));
}

TEST_P(PlannerTest, ConnectionsThatDoNotReadThePage) {
  Value filter = Obj({{"stock", Obj({{"gt", Int(4)}})}});
  EXPECT_EQ(query(F("products")
                      .arg("first", Int(1))
                      .arg("after", Str(encode_cursor(R"([")" + uuid('b', 3) + R"("])")))
                      .arg("filter", filter)
                      .on("ProductConnection", {F("totalCount")})),
            normalized(R"({"totalCount":3})"));
  EXPECT_EQ(query(F("products").arg("filter", filter).on("ProductConnection", {F("__typename")})),
            normalized(R"({"__typename":"ProductConnection"})"));
  EXPECT_EQ(query(F("products")
                      .arg("last", Int(1))
                      .on("ProductConnection", {F("pageInfo").on("PageInfo", {F("hasNextPage")})})),
            normalized(R"({"pageInfo":{"hasNextPage":false}})"));
}

// user → products → reviews → author → reviews → product → category: the statement's
// depth stays within what both parsers accept.
TEST_P(PlannerTest, DeepNestingIsOneStatement) {
  FieldSelection category = F("category").on("ProductCategory", {F("code")});
  FieldSelection inner_reviews =
      F("reviews")
          .arg("first", Int(1))
          .on("ReviewConnection",
              {F("nodes").on("Review", {F("product").on("Product", {F("name"), category})})});
  FieldSelection author = F("author").on("User", {F("email"), inner_reviews});
  FieldSelection reviews =
      F("reviews")
          .arg("first", Int(1))
          .on("ReviewConnection",
              {F("edges").on("ReviewEdge", {F("node").on("Review", {F("rating"), author})})});
  FieldSelection products =
      F("products").on("ProductConnection", {F("nodes").on("Product", {F("name"), reviews})});
  std::uint64_t before = statements();
  std::string json =
      query(F("user").arg("id", Str(gid("User", uuid('a', 1)))).on("User", {products}));
  EXPECT_EQ(statements() - before, 1u);
  EXPECT_EQ(
      json,
      normalized(
          R"({"products":{"nodes":[{"name":"Laptop","reviews":{"edges":[{"node":{"rating":5,)"
          R"("author":{"email":"bob@example.com","reviews":{"nodes":[{"product":{"name":"Laptop",)"
          R"("category":{"code":"ELECTRONICS"}}}]}}}}]}}]}})"));
}

}  // namespace
}  // namespace lys::query::test
