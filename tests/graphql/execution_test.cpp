#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "graphql/engine.h"
#include "lys/graphql/executor.h"
#include "test_schema.h"

namespace lys::graphql {
namespace {

class ExecutionTest : public ::testing::Test {
 protected:
  ExecutionTest() : executor_(Executor::create(testing::kTestSdl, {})) {}

  Response run(const std::string& query, const std::string& variables = "",
               const std::string& operation = "", bool via_get = false) {
    Request request{query, operation, parse_variables(variables), via_get};
    return executor_->execute(request, session_);
  }

  // A resolver writing fixed JSON and recording the fields it was called with.
  void answer(const std::string& type, const std::string& field, std::string json) {
    executor_->set_resolver(type, field,
                            [this, json](const FieldSelection& selection, ResolveContext& context,
                                         std::string& out) -> std::optional<Error> {
                              calls_.push_back(selection.response_key);
                              EXPECT_EQ(std::get<std::string>(context.path.at(0)),
                                        selection.response_key);
                              out += json;
                              return std::nullopt;
                            });
  }

  void fail(const std::string& type, const std::string& field, std::string message) {
    executor_->set_resolver(
        type, field,
        [message](const FieldSelection&, ResolveContext&, std::string&) -> std::optional<Error> {
          return Error{message, "NOT_FOUND", {}, {}, {}};
        });
  }

  std::unique_ptr<Executor> executor_;
  access::Session session_;
  std::vector<std::string> calls_;
};

TEST_F(ExecutionTest, SplicesResolverJsonUnderResponseKeysInOrder) {
  answer("Query", "product", R"({"name":"Laptop"})");
  answer("Query", "products", "[]");
  Response response = run("{ b: products { id } a: product(id: 1) { name } __typename }");
  EXPECT_EQ(response.http_status, 200);
  EXPECT_EQ(response.body, R"({"data":{"b":[],"a":{"name":"Laptop"},"__typename":"Query"}})");
  EXPECT_EQ(calls_, (std::vector<std::string>{"b", "a"}));
}

TEST_F(ExecutionTest, ResolverErrorNullsTheFieldWithPathAndLocation) {
  fail("Query", "product", "no such product");
  answer("Query", "products", "[]");
  Response response = run("{ products { id }\n  p: product(id: 1) { name } }");
  EXPECT_EQ(response.http_status, 200);
  EXPECT_EQ(
      response.body,
      R"({"data":{"products":[],"p":null},"errors":[{"message":"no such product",)"
      R"("locations":[{"line":2,"column":3}],"path":["p"],"extensions":{"code":"NOT_FOUND"}}]})");
}

TEST_F(ExecutionTest, NonNullRootFieldErrorNullsData) {
  fail("Query", "requiredProduct", "gone");
  answer("Query", "products", "[]");
  Response response = run("{ products { id } requiredProduct { id } }");
  EXPECT_EQ(response.body.substr(0, 22), R"({"data":null,"errors":)");
}

TEST_F(ExecutionTest, UnregisteredRootFieldIsInternalError) {
  Response response = run("{ product(id: 1) { id } }");
  EXPECT_NE(response.body.find(R"("data":{"product":null})"), std::string::npos);
  EXPECT_NE(response.body.find(R"("code":"INTERNAL")"), std::string::npos);
}

TEST_F(ExecutionTest, MutationOverGetIsRefusedWith405) {
  answer("Mutation", "deleteProduct", "true");
  Response response = run("mutation { deleteProduct(id: 1) }", "", "", true);
  EXPECT_EQ(response.http_status, 405);
  EXPECT_EQ(response.body.find("\"data\""), std::string::npos);
  EXPECT_TRUE(calls_.empty());
  EXPECT_EQ(run("mutation { deleteProduct(id: 1) }").body, R"({"data":{"deleteProduct":true}})");
}

TEST_F(ExecutionTest, QueryOverGetRuns) {
  answer("Query", "products", "[]");
  EXPECT_EQ(run("{ products { id } }", "", "", true).http_status, 200);
}

TEST_F(ExecutionTest, MutationRootFieldsRunSeriallyInOrder) {
  answer("Mutation", "deleteProduct", "true");
  answer("Mutation", "createProduct", "null");
  run(R"(mutation { x: deleteProduct(id: 1) y: createProduct(input: {name: "a", price: 1}) { id }
                    z: deleteProduct(id: 2) })");
  EXPECT_EQ(calls_, (std::vector<std::string>{"x", "y", "z"}));
}

TEST_F(ExecutionTest, SelectsTheOperationByName) {
  answer("Query", "products", "[]");
  answer("Mutation", "deleteProduct", "false");
  std::string document = "query A { products { id } } mutation B { deleteProduct(id: 1) }";
  EXPECT_EQ(run(document, "", "B").body, R"({"data":{"deleteProduct":false}})");
  EXPECT_EQ(run(document, "", "A").body, R"({"data":{"products":[]}})");
  Response missing = run(document, "", "C");
  EXPECT_EQ(missing.http_status, 400);
  EXPECT_NE(missing.body.find(R"(Unknown operation named \"C\".)"), std::string::npos);
  EXPECT_NE(run(document).body.find("Must provide operation name"), std::string::npos);
}

TEST_F(ExecutionTest, ParseErrorIs400WithLocation) {
  Response response = run("{ products { id }\n  oops(");
  EXPECT_EQ(response.http_status, 400);
  EXPECT_EQ(
      response.body,
      R"({"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.",)"
      R"("locations":[{"line":2,"column":8}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]})");
}

TEST_F(ExecutionTest, ValidationErrorRunsNothing) {
  answer("Query", "products", "[]");
  Response response = run("{ products { id } product(id: 1) { nme } }");
  EXPECT_EQ(response.http_status, 400);
  EXPECT_TRUE(calls_.empty());
  EXPECT_NE(response.body.find(
                R"(Cannot query field \"nme\" on type \"Product\". Did you mean \"name\"?)"),
            std::string::npos);
  EXPECT_NE(response.body.find("GRAPHQL_VALIDATION_FAILED"), std::string::npos);
}

TEST_F(ExecutionTest, SuggestionsCanBeTurnedOff) {
  auto quiet = Executor::create(testing::kTestSdl,
                                {.introspection = true, .suggestions = false, .limits = {}});
  Response response = quiet->execute({"{ product(id: 1) { nme } }", "", nullptr, false}, session_);
  EXPECT_NE(response.body.find(R"(on type \"Product\".")"), std::string::npos);
  EXPECT_EQ(response.body.find("Did you mean"), std::string::npos);
}

TEST_F(ExecutionTest, VariableErrorsAre400BadUserInput) {
  Response response = run("query($id: ID!) { product(id: $id) { id } }", R"({"id": true})");
  EXPECT_EQ(response.http_status, 400);
  EXPECT_NE(response.body.find("BAD_USER_INPUT"), std::string::npos);
  EXPECT_NE(response.body.find(R"(Variable \"$id\" got invalid value true)"), std::string::npos);
  EXPECT_EQ(run("{ products { id } }", "[1]").http_status, 400);
  EXPECT_EQ(run("{ __typename }", "null").body, R"({"data":{"__typename":"Query"}})");
  // Text that is not one JSON value never becomes a request's variables.
  EXPECT_THROW(parse_variables(std::string(100000, '[')), std::invalid_argument);
  EXPECT_THROW(parse_variables(R"({"id": 1} x)"), std::invalid_argument);
  EXPECT_THROW(parse_variables(R"({"id": "1\u0000"})"), std::invalid_argument);
}

TEST_F(ExecutionTest, EscapesResponseKeysAndMessages) {
  fail("Query", "product", "bad \"quote\"\n\x01 \xC3\xA9 \xFF");
  Response response = run("{ product(id: 1) { id } }");
  EXPECT_NE(response.body.find(R"("message":"bad \"quote\"\n\u0001 é \ufffd")"), std::string::npos);
}

TEST_F(ExecutionTest, RepeatedQuerySkipsParsingAndValidation) {
  answer("Query", "products", "[]");
  run("{ products { id } }");
  run("{ products { id } }");
  run("{ products { name } }");
  run("{ products { name } }");
  CacheStats documents = executor_->document_cache_stats();
  EXPECT_EQ(documents.misses, 2u);  // each text parsed and validated once
  EXPECT_EQ(documents.hits, 2u);
  EXPECT_EQ(documents.entries, 2u);
}

// The arguments and nested fields each call of a resolver saw, one line per call:
// `products(first=2 filter={name=a}) { id category { products(first=1) { name } } }`.
class SelectionReuseTest : public ExecutionTest {
 protected:
  SelectionReuseTest() {
    executor_->set_resolver("Query", "products",
                            [this](const FieldSelection& field, ResolveContext&,
                                   std::string& out) -> std::optional<Error> {
                              seen_.push_back(describe(field));
                              out += "[]";
                              return std::nullopt;
                            });
  }

  static std::string describe(const Value& value) {
    switch (value.kind) {
      case Value::Kind::Null:
        return "null";
      case Value::Kind::Int:
        return std::to_string(value.integer);
      case Value::Kind::Object: {
        std::string text = "{";
        for (const auto& [name, member] : value.object) {
          text += (text.size() > 1 ? " " : "") + name + "=" + describe(member);
        }
        return text + "}";
      }
      default:
        return value.text;
    }
  }

  static std::string describe(const FieldSelection& field) {
    std::string text = field.response_key;
    if (!field.arguments.empty()) {
      text += "(";
      for (const auto& [name, value] : field.arguments) {
        text += (text.back() == '(' ? "" : " ") + name + "=" + describe(value);
      }
      text += ")";
    }
    for (const TypeSelection& type : field.selection.by_type) {
      text += " {";
      for (const FieldSelection& child : type.fields) text += " " + describe(child);
      text += " }";
    }
    return text;
  }

  std::size_t trees_built() const { return dynamic_cast<Engine&>(*executor_).selections_built(); }

  std::vector<std::string> seen_;
};

TEST_F(SelectionReuseTest, ReusedTreeTakesEachRequestsVariables) {
  const std::string query =
      "query($n: Int, $f: ProductFilter, $m: Int) { products(first: $n, filter: $f) "
      "{ id category { products(first: $m) { name } } } }";
  EXPECT_EQ(run(query, R"({"n": 2, "f": {"name": "a"}, "m": 1})").http_status, 200);
  EXPECT_EQ(run(query, R"({"n": 5, "m": 3})").http_status, 200);
  EXPECT_EQ(run(query, R"({"n": null, "f": {"name": "b", "minPrice": 7}})").http_status, 200);
  EXPECT_EQ(seen_, (std::vector<std::string>{
                       "products(filter={name=a minPrice=0 tags=} first=2) { id category "
                       "{ products(first=1) { name } } }",
                       "products(first=5) { id category { products(first=3) { name } } }",
                       "products(filter={name=b minPrice=7 tags=} first=null) { id category "
                       "{ products { name } } }",
                   }));
  EXPECT_EQ(trees_built(), 1u);
}

TEST_F(SelectionReuseTest, ReusedTreeStillRefusesANullForANonNullArgument) {
  executor_->set_resolver(
      "Query", "product",
      [](const FieldSelection& field, ResolveContext&, std::string& out) -> std::optional<Error> {
        out += "\"" + field.argument("id")->text + "\"";
        return std::nullopt;
      });
  const std::string query = R"(query($id: ID = "z") { product(id: $id) { id } })";
  EXPECT_EQ(run(query, R"({"id": "a"})").body, R"({"data":{"product":"a"}})");
  Response refused = run(query, R"({"id": null})");
  EXPECT_EQ(refused.http_status, 400);
  EXPECT_NE(refused.body.find(R"(Argument \"id\" of non-null type \"ID!\" must not be null.)"),
            std::string::npos);
  EXPECT_EQ(run(query, R"({"id": "b"})").body, R"({"data":{"product":"b"}})");
  EXPECT_EQ(run(query).body, R"({"data":{"product":"z"}})");
  EXPECT_EQ(trees_built(), 1u);
}

TEST_F(SelectionReuseTest, TreeIsRebuiltWhenSkipOrIncludeNamesAVariable) {
  const std::string query =
      "query($s: Boolean!) { products(first: 1) { id name @skip(if: $s) ...F } } "
      "fragment F on Product { color @include(if: true) }";
  run(query, R"({"s": true})");
  run(query, R"({"s": false})");
  EXPECT_EQ(seen_, (std::vector<std::string>{"products(first=1) { id color }",
                                             "products(first=1) { id name color }"}));
  EXPECT_EQ(trees_built(), 2u);
}

TEST_F(SelectionReuseTest, EachOperationOfADocumentHasItsOwnTree) {
  const std::string document =
      "query A { products(first: 1) { id } } query B($n: Int) { products(first: $n) { name } }";
  run(document, "", "A");
  run(document, R"({"n": 4})", "B");
  run(document, "", "A");
  run(document, R"({"n": 6})", "B");
  EXPECT_EQ(seen_,
            (std::vector<std::string>{"products(first=1) { id }", "products(first=4) { name }",
                                      "products(first=1) { id }", "products(first=6) { name }"}));
  EXPECT_EQ(trees_built(), 2u);
}

TEST(ExecutorCreate, RejectsAnInvalidSchema) {
  EXPECT_THROW(Executor::create("type Query { a: Missing }", {}), std::invalid_argument);
  EXPECT_THROW(Executor::create("type Query { a: String", {}), std::invalid_argument);
  EXPECT_THROW(Executor::create("type Mutation { a: String }", {}), std::invalid_argument);
  EXPECT_THROW(Executor::create("interface I { a: String } type Query implements I { b: Int }", {}),
               std::invalid_argument);
  EXPECT_THROW(Executor::create("type Query { a(x: Query): Int }", {}), std::invalid_argument);
  EXPECT_THROW(Executor::create("type Query { a: Int } union U = String", {}),
               std::invalid_argument);
  EXPECT_THROW(Executor::create("type Query { a: Int @unknown }", {}), std::invalid_argument);
  EXPECT_THROW(Executor::create("type Query { a: Int } type Query { b: Int }", {}),
               std::invalid_argument);
  EXPECT_THROW(Executor::create("type Query { __a: Int }", {}), std::invalid_argument);
  EXPECT_NO_THROW(Executor::create(testing::kTestSdl, {}));
}

}  // namespace
}  // namespace lys::graphql
