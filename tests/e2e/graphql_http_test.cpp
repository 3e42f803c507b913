// GraphQL over HTTP: POST and GET, their errors and status codes.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

class GraphqlHttp : public ::testing::Test {
 protected:
  HttpResponse post_json(const std::string& body,
                         const std::string& content_type = "application/json") {
    return send_request(server_.port(),
                        {"POST", "/graphql", {{"Content-Type", content_type}}, body});
  }

  TestDatabase database_ = TestDatabase::sqlite();
  TestServer server_{probe_server(), database_};
};

TEST_F(GraphqlHttp, PostRunsAQueryOverTheFixtures) {
  HttpResponse response = server_.post_graphql_raw("{ notes { nodes { title } } }");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.header("Content-Type"), "application/json");
  EXPECT_EQ(response.body, R"({"data":{"notes":{"nodes":[{"title":"hello"}]}}})");
}

TEST_F(GraphqlHttp, PostTakesVariablesOperationNameAndACharset) {
  HttpResponse response = post_json(
      R"({"query":"query A { a: sleep(ms: 1) } query B($ms: Int!) { b: sleep(ms: $ms) }",)"
      R"("variables":{"ms":2},"operationName":"B"})",
      "application/json; charset=utf-8");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"data":{"b":2}})");
}

TEST_F(GraphqlHttp, GetRunsAUrlEncodedQuery) {
  std::string target = "/graphql?query=" + url_encode("query ($ms: Int!) { sleep(ms: $ms) }") +
                       "&variables=" + url_encode(R"({"ms":3})");
  HttpResponse response = get(server_.port(), target);
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.body, R"({"data":{"sleep":3}})");
}

TEST_F(GraphqlHttp, GetVariablesMustBeAJsonObject) {
  for (const char* variables : {"[1]", "3", "{\"ms\":", "{} {}"}) {
    std::string target = "/graphql?query=" + url_encode("query ($ms: Int!) { sleep(ms: $ms) }") +
                         "&variables=" + url_encode(variables);
    HttpResponse response = get(server_.port(), target);
    EXPECT_EQ(response.status, 400) << variables;
    Json json = parse_json(response.body);
    ASSERT_TRUE(json) << response.body;
    EXPECT_EQ(first_error_code(json.get()), "BAD_USER_INPUT") << variables;
  }
}

TEST_F(GraphqlHttp, GetRefusesMutationsWith405) {
  std::string target =
      "/graphql?query=" +
      url_encode(R"(mutation { createNote(input: {title: "x"}) { note { title } } })");
  HttpResponse response = get(server_.port(), target);
  EXPECT_EQ(response.status, 405);
  EXPECT_EQ(response.header("Allow"), "POST");
  // Nothing was created.
  Json notes = server_.post_graphql("{ notes { totalCount } }");
  EXPECT_EQ(
      cJSON_GetObjectItem(cJSON_GetObjectItem(cJSON_GetObjectItem(notes.get(), "data"), "notes"),
                          "totalCount")
          ->valueint,
      1);
}

TEST_F(GraphqlHttp, OtherMethodsAre405WithAllow) {
  for (const char* method : {"PUT", "DELETE", "PATCH"}) {
    HttpResponse response = send_request(server_.port(), {method, "/graphql", {}, {}});
    EXPECT_EQ(response.status, 405) << method;
    EXPECT_EQ(response.header("Allow"), "GET, POST, OPTIONS") << method;
  }
}

TEST_F(GraphqlHttp, MalformedJsonIs400BadUserInput) {
  for (const char* body : {"{\"query\": ", "not json", "", "[1, 2]", "\"{ notes { totalCount } }\"",
                           R"({"query": 42})", R"({"variables": {}})",
                           R"({"query": "{ __typename }", "variables": [1]})",
                           R"({"query": "{ __typename }", "operationName": 7})"}) {
    HttpResponse response = post_json(body);
    EXPECT_EQ(response.status, 400) << body;
    EXPECT_EQ(response.header("Content-Type"), "application/json") << body;
    Json json = parse_json(response.body);
    ASSERT_TRUE(json) << response.body;
    EXPECT_EQ(first_error_code(json.get()), "BAD_USER_INPUT") << body;
  }
}

TEST_F(GraphqlHttp, AnUnparsableDocumentIsGraphqlParseFailed) {
  HttpResponse response = server_.post_graphql_raw("{ notes { ");
  Json json = parse_json(response.body);
  ASSERT_TRUE(json) << response.body;
  EXPECT_EQ(first_error_code(json.get()), "GRAPHQL_PARSE_FAILED");
}

TEST_F(GraphqlHttp, PostNeedsAJsonContentType) {
  HttpResponse response = post_json(R"({"query":"{ __typename }"})", "text/plain");
  EXPECT_EQ(response.status, 415);
  Json json = parse_json(response.body);
  ASSERT_TRUE(json);
  EXPECT_EQ(first_error_code(json.get()), "BAD_USER_INPUT");
}

}  // namespace
}  // namespace lys::e2e
