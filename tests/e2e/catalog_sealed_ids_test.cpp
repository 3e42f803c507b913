// Global ids and cursors carry a tag (lys/query/global_id.h): genuine ones work, also
// after a restart with the same key; one a client re-encoded, edited or truncated finds
// nothing (ids) or is BAD_USER_INPUT (cursors), before any SQL runs.
#include <gtest/gtest.h>

#include <optional>

#include "lys/db/ids.h"
#include "lys/query/global_id.h"
#include "support/catalog.h"
#include "support/tokens.h"

namespace lys::e2e {
namespace {

constexpr std::size_t kTagBytes = 12;

std::string bytes_of(const std::string& text) {
  std::optional<std::string> bytes = query::base64url_decode(text);
  EXPECT_TRUE(bytes) << text;
  return bytes.value_or("");
}

// The id or cursor with its message replaced, the tag kept: what a client forging one
// without the key can do.
std::string with_message(const std::string& genuine, const std::string& message) {
  const std::string bytes = bytes_of(genuine);
  return query::base64url_encode(message + bytes.substr(bytes.size() - kTagBytes));
}

std::string message_of(const std::string& genuine) {
  const std::string bytes = bytes_of(genuine);
  return bytes.substr(0, bytes.size() - kTagBytes);
}

class CatalogSealedIds : public SampleCatalogTest {
 protected:
  void expect_not_found(const std::string& id) {
    const std::uint64_t before = catalog().server().statements_executed();
    EXPECT_EQ(catalog().data("query ($id: ID!) { product(id: $id) { name } node(id: $id) { id } "
                             "review(id: $id) { id } }",
                             R"({"id":)" + json_string(id) + "}"),
              R"({"product":null,"node":null,"review":null})")
        << id;
    EXPECT_EQ(catalog().server().statements_executed(), before) << id;
  }

  void expect_bad_cursor(const std::string& cursor) {
    const std::uint64_t before = catalog().server().statements_executed();
    Json json =
        catalog().post("query ($c: String) { products(first: 2, after: $c) { totalCount } }",
                       R"({"c":)" + json_string(cursor) + "}");
    EXPECT_EQ(first_error_code(json.get()), "BAD_USER_INPUT") << print(json.get());
    EXPECT_EQ(text_at(json.get(), "errors[0].message"), "malformed cursor");
    EXPECT_EQ(catalog().server().statements_executed(), before) << cursor;
  }

  std::string end_cursor() {
    Json json = parse_json(catalog().data("{ products(first: 2) { pageInfo { endCursor } } }"));
    return text_at(json.get(), "products.pageInfo.endCursor");
  }
};
LYS_CATALOG_SUITE(CatalogSealedIds);

TEST_P(CatalogSealedIds, AGenuineIdFindsItsObject) {
  const std::string laptop = product_id("laptop");
  EXPECT_EQ(message_of(laptop), "Product:" + db::uuid_v5_url("catalog.Product/laptop"));
  EXPECT_EQ(catalog().data("{ product(id: \"" + laptop + "\") { id name } }"),
            R"({"product":{"id":")" + laptop + R"(","name":"Laptop"}})");
}

TEST_P(CatalogSealedIds, AnIdReEncodedWithAnotherTypeFindsNothing) {
  const std::string laptop = product_id("laptop");
  const std::string uuid = db::uuid_v5_url("catalog.Product/laptop");
  expect_not_found(with_message(laptop, "Review:" + uuid));
  // A review's id turned into a product's: the review exists, the forged id still fails.
  const std::string review = fixture_global_id("Review", "catalog.Review", "laptop_review");
  expect_not_found(with_message(review, "Product:" + message_of(review).substr(7)));
}

TEST_P(CatalogSealedIds, AnIdWithAnEditedUuidFindsNothing) {
  const std::string laptop = product_id("laptop");
  std::string message = message_of(laptop);
  message.back() = message.back() == '0' ? '1' : '0';
  expect_not_found(with_message(laptop, message));
  // Another fixture's uuid, which exists: still nothing without its own tag.
  expect_not_found(with_message(laptop, "Product:" + db::uuid_v5_url("catalog.Product/tshirt")));
}

TEST_P(CatalogSealedIds, ATruncatedOrMissingTagFindsNothing) {
  const std::string bytes = bytes_of(product_id("laptop"));
  expect_not_found(query::base64url_encode(bytes.substr(0, bytes.size() - 1)));
  expect_not_found(query::base64url_encode(bytes.substr(0, bytes.size() - kTagBytes)));
  std::string flipped = bytes;
  flipped.back() = static_cast<char>(flipped.back() ^ 1);
  expect_not_found(query::base64url_encode(flipped));
}

TEST_P(CatalogSealedIds, AGenuineCursorPagesAndAnEditedOneIsBadUserInput) {
  const std::string cursor = end_cursor();
  Json next =
      parse_json(catalog().data("query ($c: String) { products(first: 2, after: $c) { "
                                "pageInfo { hasPreviousPage } } }",
                                R"({"c":)" + json_string(cursor) + "}"));
  EXPECT_EQ(print(at(next.get(), "products.pageInfo.hasPreviousPage")), "true");

  std::string message = message_of(cursor);  // ["<uuid>"]
  ASSERT_EQ(message.front(), '[');
  std::string edited = message;
  edited[edited.size() - 3] = edited[edited.size() - 3] == '0' ? '1' : '0';
  expect_bad_cursor(with_message(cursor, edited));
  expect_bad_cursor(query::base64url_encode(message));  // the cursors of before: no tag
  const std::string bytes = bytes_of(cursor);
  expect_bad_cursor(query::base64url_encode(bytes.substr(0, bytes.size() - 4)));
  // An id is not a cursor, nor a cursor an id, though both are sealed.
  expect_bad_cursor(product_id("laptop"));
  expect_not_found(cursor);
}

// The key comes from the configuration: the same secret, the same ids and cursors
// after a restart; another LYS_ID_KEY, none of them.
TEST(CatalogSealedIdKeys, IdsAndCursorsOutliveARestartWithTheSameKey) {
  TestDatabase database = TestDatabase::sqlite();
  const std::string read = "{ products(first: 1) { nodes { id } pageInfo { endCursor } } }";
  auto fetch = [&](TestServer& server, const std::string& id, const std::string& cursor) {
    HttpResponse response = server.post_graphql_with_token(
        administrator_token(),
        "query ($id: ID!, $c: String) { node(id: $id) { id } "
        "products(first: 1, after: $c) { nodes { id } } }",
        R"({"id":)" + json_string(id) + R"(,"c":)" +
            (cursor.empty() ? std::string("null") : json_string(cursor)) + "}");
    return response.body;
  };
  std::string id;
  std::string cursor;
  std::string answer;
  {
    TestServer first(catalog_binary(), database);
    Json json = parse_json(first.post_graphql_with_token(administrator_token(), read).body);
    id = text_at(json.get(), "data.products.nodes[0].id");
    cursor = text_at(json.get(), "data.products.pageInfo.endCursor");
    ASSERT_FALSE(id.empty() || cursor.empty()) << print(json.get());
    answer = fetch(first, id, cursor);
    ASSERT_EQ(answer.find("errors"), std::string::npos) << answer;
    EXPECT_NE(answer.find(id), std::string::npos) << answer;
  }
  TestServer second(catalog_binary(), database);
  EXPECT_EQ(fetch(second, id, cursor), answer);

  TestServer other_key(catalog_binary(), database,
                       {{"LYS_ID_KEY", "another-key-for-ids-0123456789abcdef"}});
  Json refused = parse_json(fetch(other_key, id, ""));
  EXPECT_EQ(print(at(refused.get(), "data.node")), "null");
  Json cursor_refused = parse_json(fetch(other_key, id, cursor));
  EXPECT_EQ(first_error_code(cursor_refused.get()), "BAD_USER_INPUT")
      << print(cursor_refused.get());
}

TEST(CatalogSealedIdKeys, ProductionRefusesToStartWithoutAKey) {
  TestDatabase database = TestDatabase::sqlite();
  Environment environment = server_environment(catalog_binary(), database, {{"LYS_ENV", "prod"}});
  std::erase_if(environment,
                [](const auto& variable) { return variable.first == "LYS_SECRET_KEY"; });
  CommandResult result = run_command(catalog_binary().path, {"serve", "--port", "0"}, environment);
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("LYS_ID_KEY"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace lys::e2e
