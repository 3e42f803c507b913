#include <gtest/gtest.h>

#include <string>

#include "lys/graphql/executor.h"
#include "test_schema.h"

namespace lys::graphql {
namespace {

std::string run(const std::string& query, ExecutorOptions options = {}) {
  auto executor = Executor::create(testing::kTestSdl, options);
  return executor->execute({query, "", nullptr, false}, access::Session{}).body;
}

TEST(Introspection, TypeByNameWithWrappersAndDeprecation) {
  EXPECT_EQ(
      run(R"({ __type(name: "Product") { kind name interfaces { name }
      fields { name type { kind name ofType { kind name } } }
      all: fields(includeDeprecated: true) { name isDeprecated deprecationReason } } })"),
      R"({"data":{"__type":{"kind":"OBJECT","name":"Product","interfaces":[{"name":"Node"},{"name":"Named"}],)"
      R"("fields":[{"name":"id","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"ID"}}},)"
      R"({"name":"name","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"String"}}},)"
      R"({"name":"price","type":{"kind":"SCALAR","name":"Int","ofType":null}},)"
      R"({"name":"color","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"ENUM","name":"Color"}}},)"
      R"({"name":"category","type":{"kind":"OBJECT","name":"Category","ofType":null}},)"
      R"({"name":"createdAt","type":{"kind":"SCALAR","name":"DateTime","ofType":null}}],)"
      R"("all":[{"name":"id","isDeprecated":false,"deprecationReason":null},)"
      R"({"name":"name","isDeprecated":false,"deprecationReason":null},)"
      R"({"name":"price","isDeprecated":false,"deprecationReason":null},)"
      R"({"name":"color","isDeprecated":false,"deprecationReason":null},)"
      R"({"name":"legacyCode","isDeprecated":true,"deprecationReason":"No longer supported"},)"
      R"({"name":"category","isDeprecated":false,"deprecationReason":null},)"
      R"({"name":"createdAt","isDeprecated":false,"deprecationReason":null}]}}})");
}

TEST(Introspection, SchemaRootsDescriptionAndDirectives) {
  EXPECT_EQ(
      run(R"({ __schema { description queryType { name } mutationType { name }
      subscriptionType { name } directives { name isRepeatable locations args { name defaultValue } } } })"),
      R"({"data":{"__schema":{"description":"The shop's schema.","queryType":{"name":"Query"},)"
      R"("mutationType":{"name":"Mutation"},"subscriptionType":null,"directives":[)"
      R"({"name":"include","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if","defaultValue":null}]},)"
      R"({"name":"skip","isRepeatable":false,"locations":["FIELD","FRAGMENT_SPREAD","INLINE_FRAGMENT"],"args":[{"name":"if","defaultValue":null}]},)"
      R"({"name":"deprecated","isRepeatable":false,"locations":["FIELD_DEFINITION","ARGUMENT_DEFINITION","INPUT_FIELD_DEFINITION","ENUM_VALUE"],"args":[{"name":"reason","defaultValue":"\"No longer supported\""}]},)"
      R"({"name":"specifiedBy","isRepeatable":false,"locations":["SCALAR"],"args":[{"name":"url","defaultValue":null}]}]}}})");
}

TEST(Introspection, EnumsInputsScalarsAndAbstractTypes) {
  EXPECT_EQ(
      run(R"({ color: __type(name: "Color") { enumValues { name } all: enumValues(includeDeprecated: true) { name description } }
      filter: __type(name: "ProductFilter") { inputFields { name defaultValue } }
      time: __type(name: "DateTime") { specifiedByURL fields { name } }
      search: __type(name: "SearchResult") { possibleTypes { name } }
      node: __type(name: "Node") { description possibleTypes { name } }
      missing: __type(name: "Nope") { name } __typename })"),
      R"({"data":{"color":{"enumValues":[{"name":"RED"},{"name":"GREEN"}],)"
      R"("all":[{"name":"RED","description":null},{"name":"GREEN","description":null},{"name":"BLUE","description":"Not for long."}]},)"
      R"("filter":{"inputFields":[{"name":"name","defaultValue":null},{"name":"minPrice","defaultValue":"0"},)"
      R"({"name":"colors","defaultValue":null},{"name":"tags","defaultValue":"[]"}]},)"
      R"("time":{"specifiedByURL":"https://datatracker.ietf.org/doc/html/rfc3339","fields":null},)"
      R"("search":{"possibleTypes":[{"name":"Product"},{"name":"Category"}]},)"
      R"("node":{"description":"An object with a global id.","possibleTypes":[{"name":"Product"},{"name":"Category"}]},)"
      R"("missing":null,"__typename":"Query"}})");
}

TEST(Introspection, DisabledIsAValidationError) {
  std::string body = run("{ __schema { types { name } } }",
                         {.introspection = false, .suggestions = true, .limits = {}});
  EXPECT_EQ(
      body,
      R"({"errors":[{"message":"GraphQL introspection is not allowed, but the query contained )"
      R"(__schema or __type.","locations":[{"line":1,"column":3}],)"
      R"("extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]})");
  EXPECT_EQ(run("{ __typename }", {.introspection = false, .suggestions = true, .limits = {}}),
            R"({"data":{"__typename":"Query"}})");
}

}  // namespace
}  // namespace lys::graphql
