#include "graphql/validation.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "graphql/parser.h"
#include "test_schema.h"

namespace lys::graphql {
namespace {

class ValidationTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { schema_ = Schema::build(testing::kTestSdl).release(); }
  static void TearDownTestSuite() { delete schema_; }

  std::vector<Error> errors_of(const std::string& query, ValidationOptions options = {}) {
    ParseResult parsed = parse_document(query);
    if (!std::holds_alternative<ast::Document>(parsed)) {
      ADD_FAILURE() << "does not parse: " << std::get<SyntaxError>(parsed).message;
      return {};
    }
    return validate(*schema_, std::get<ast::Document>(parsed), options);
  }

  std::vector<std::string> messages(const std::string& query, ValidationOptions options = {}) {
    std::vector<std::string> result;
    for (const Error& error : errors_of(query, options)) {
      EXPECT_EQ(error.code, "GRAPHQL_VALIDATION_FAILED");
      result.push_back(error.message);
    }
    return result;
  }

  void expect_valid(const std::string& query) {
    EXPECT_EQ(messages(query), std::vector<std::string>{}) << query;
  }

  void expect_invalid(const std::string& query, const std::string& message) {
    EXPECT_EQ(messages(query), std::vector<std::string>{message}) << query;
  }

  static Schema* schema_;
};

Schema* ValidationTest::schema_ = nullptr;

TEST_F(ValidationTest, ExecutableDefinitions) {
  expect_valid("{ products { id } }");
  expect_invalid("{ products { id } } type Extra { a: Int }",
                 "The \"Extra\" definition is not executable.");
}

TEST_F(ValidationTest, OperationNameUniqueness) {
  expect_valid("query A { products { id } } query B { products { id } }");
  std::vector<Error> errors = errors_of("query A { products { id } }\nquery A { products { id } }");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message, "There can be only one operation named \"A\".");
  ASSERT_EQ(errors[0].locations.size(), 2u);
  EXPECT_EQ(errors[0].locations[1].line, 2);
}

TEST_F(ValidationTest, LoneAnonymousOperation) {
  expect_invalid("{ products { id } } query B { products { id } }",
                 "This anonymous operation must be the only defined operation.");
}

TEST_F(ValidationTest, SubscriptionNeedsARootType) {
  expect_invalid("subscription { products { id } }",
                 "Schema is not configured to execute subscription operation.");
}

TEST_F(ValidationTest, FieldSelectionsOnTypes) {
  expect_valid("{ node(id: 1) { id __typename ... on Product { name } } }");
  expect_invalid("{ product(id: 1) { nmae } }",
                 "Cannot query field \"nmae\" on type \"Product\". Did you mean \"name\"?");
  expect_invalid("{ search(text: \"a\") { id } }",
                 "Cannot query field \"id\" on type \"SearchResult\".");
  EXPECT_EQ(messages("{ product(id: 1) { nmae } }", {true, false}),
            std::vector<std::string>{"Cannot query field \"nmae\" on type \"Product\"."});
}

TEST_F(ValidationTest, FieldSelectionMerging) {
  expect_valid("{ product(id: 1) { name name } p: product(id: 1) { id } }");
  expect_valid(
      "{ search(text: \"a\") { ... on Product { x: name } ... on Category { x: name } } }");
  expect_invalid("{ product(id: 1) { x: name x: id } }",
                 "Fields \"x\" conflict because \"name\" and \"id\" are different fields. Use "
                 "different aliases on the fields to fetch both if this was intentional.");
  expect_invalid("{ product(id: 1) { price(currency: \"EUR\") price(currency: \"USD\") } }",
                 "Fields \"price\" conflict because they have differing arguments. Use different "
                 "aliases on the fields to fetch both if this was intentional.");
  expect_invalid(
      "{ search(text: \"a\") { ... on Product { x: price } ... on Category { x: name } } }",
      "Fields \"x\" conflict because they return conflicting types \"Int\" and \"String!\". Use "
      "different aliases on the fields to fetch both if this was intentional.");
  expect_invalid(
      "{ product(id: 1) { category { name } } ...F } fragment F on Query { product(id: 1) { "
      "category { name: id } } }",
      "Fields \"name\" conflict because \"name\" and \"id\" are different fields. Use different "
      "aliases on the fields to fetch both if this was intentional.");
}

TEST_F(ValidationTest, FieldMergingStaysBoundedOnRepeatedFields) {
  std::string query = "{ product(id: 1) {";
  for (int i = 0; i < 3000; ++i) query += " name";
  query += " } }";
  std::vector<std::string> found = messages(query);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0], "The document is too complex to check that its fields can be merged.");
}

TEST_F(ValidationTest, FieldMergingStaysBoundedOnLongFragmentChains) {
  // Each fragment's fields are collected through the whole chain below it: quadratic
  // in the chain's length unless the collecting is budgeted as well.
  std::string query = "{ product(id: 1) { ...F0 } }";
  constexpr int kChain = 1000;
  for (int i = 0; i < kChain; ++i) {
    query +=
        " fragment F" + std::to_string(i) + " on Product { ...F" + std::to_string(i + 1) + " }";
  }
  query += " fragment F" + std::to_string(kChain) + " on Product { name }";
  EXPECT_EQ(messages(query),
            std::vector<std::string>{
                "The document is too complex to check that its fields can be merged."});
}

TEST_F(ValidationTest, LeafFieldSelections) {
  expect_invalid("{ product(id: 1) { name { x } } }",
                 "Field \"name\" must not have a selection since type \"String!\" has no "
                 "subfields.");
  expect_invalid("{ product(id: 1) }",
                 "Field \"product\" of type \"Product\" must have a selection of subfields. Did "
                 "you mean \"product { ... }\"?");
}

TEST_F(ValidationTest, ArgumentNamesAndUniqueness) {
  expect_invalid("{ product(id: 1, idd: 1) { id } }",
                 "Unknown argument \"idd\" on field \"Query.product\". Did you mean \"id\"?");
  EXPECT_EQ(messages("{ product(id: 1, id: 2) { id } }"),
            std::vector<std::string>{"There can be only one argument named \"id\"."});
  expect_invalid("{ products @skip(if: true, iff: true) { id } }",
                 "Unknown argument \"iff\" on directive \"@skip\". Did you mean \"if\"?");
}

TEST_F(ValidationTest, RequiredArguments) {
  expect_valid("{ products { id } }");
  expect_invalid("{ product { id } }",
                 "Field \"product\" argument \"id\" of type \"ID!\" is required, but it was not "
                 "provided.");
  expect_invalid("{ products @include { id } }",
                 "Directive \"@include\" argument \"if\" of type \"Boolean!\" is required, but it "
                 "was not provided.");
}

TEST_F(ValidationTest, FragmentNameUniqueness) {
  expect_invalid(
      "{ ...F } fragment F on Query { products { id } } fragment F on Query { __typename }",
      "There can be only one fragment named \"F\".");
}

TEST_F(ValidationTest, FragmentSpreadTypeExistence) {
  expect_invalid("{ ...F } fragment F on Zzz { id }", "Unknown type \"Zzz\".");
  expect_invalid("{ node(id: 1) { ... on Prodct { id } } }",
                 "Unknown type \"Prodct\". Did you mean \"Product\"?");
}

TEST_F(ValidationTest, FragmentsOnCompositeTypes) {
  expect_invalid("{ ...F } fragment F on Color { id }",
                 "Fragment \"F\" cannot condition on non composite type \"Color\".");
  expect_invalid("{ node(id: 1) { ... on DateTime { id } } }",
                 "Fragment cannot condition on non composite type \"DateTime\".");
}

TEST_F(ValidationTest, FragmentsMustBeUsed) {
  expect_invalid("{ products { id } } fragment F on Query { __typename }",
                 "Fragment \"F\" is never used.");
}

TEST_F(ValidationTest, FragmentSpreadTargetDefined) {
  expect_invalid("{ ...Missing }", "Unknown fragment \"Missing\".");
}

TEST_F(ValidationTest, FragmentsMustNotFormCycles) {
  expect_invalid("{ ...A } fragment A on Query { ...A }",
                 "Cannot spread fragment \"A\" within itself.");
  expect_invalid(
      "{ ...A } fragment A on Query { ...B } fragment B on Query { ...C } "
      "fragment C on Query { ...A }",
      "Cannot spread fragment \"A\" within itself via \"B\", \"C\".");
}

TEST_F(ValidationTest, FragmentSpreadIsPossible) {
  expect_valid("{ node(id: 1) { ... on Named { name } ...P } } fragment P on Product { id }");
  expect_invalid("{ product(id: 1) { ... on Category { id } } }",
                 "Fragment cannot be spread here as objects of type \"Product\" can never be of "
                 "type \"Category\".");
  expect_invalid("{ product(id: 1) { ...C } } fragment C on Category { id }",
                 "Fragment \"C\" cannot be spread here as objects of type \"Product\" can never "
                 "be of type \"Category\".");
}

TEST_F(ValidationTest, ValuesOfCorrectType) {
  expect_valid("{ echo(value: 1, flag: true, ids: [\"a\", 2], when: \"2024\") }");
  expect_valid("{ echo(ids: \"single\") }");
  expect_invalid("{ echo(value: \"1\") }", "Expected value of type \"Float\", found \"1\".");
  expect_invalid("{ product(id: 1.5) { id } }", "Expected value of type \"ID!\", found 1.5.");
  expect_invalid("{ products(first: 3000000000) { id } }",
                 "Expected value of type \"Int\", found 3000000000.");
  expect_invalid("{ product(id: null) { id } }", "Expected value of type \"ID!\", found null.");
  expect_invalid("{ products(filter: {colors: [REED]}) { id } }",
                 "Value \"REED\" does not exist in \"Color\" enum. Did you mean the enum value "
                 "\"RED\" or \"GREEN\"?");
  expect_invalid("{ products(filter: {colors: \"RED\"}) { id } }",
                 "Expected value of type \"Color!\", found \"RED\".");
}

TEST_F(ValidationTest, InputObjectFields) {
  expect_invalid("{ products(filter: {nam: \"x\"}) { id } }",
                 "Field \"nam\" is not defined by type \"ProductFilter\". Did you mean \"name\"?");
  expect_invalid("{ products(filter: {name: \"x\", name: \"y\"}) { id } }",
                 "There can be only one input field named \"name\".");
  expect_invalid("mutation { createProduct(input: {name: \"x\"}) { id } }",
                 "Field \"NewProduct.price\" of required type \"Int!\" was not provided.");
  expect_invalid("{ products(filter: 3) { id } }",
                 "Expected value of type \"ProductFilter\", found 3.");
}

TEST_F(ValidationTest, DirectivesDefinedInValidLocationsAndUnique) {
  expect_valid("query($on: Boolean!) { products @include(if: $on) @skip(if: false) { id } }");
  expect_invalid("{ products @nope { id } }", "Unknown directive \"@nope\".");
  expect_invalid("query @skip(if: true) { products { id } }",
                 "Directive \"@skip\" may not be used on QUERY.");
  expect_invalid("{ products @skip(if: true) @skip(if: false) { id } }",
                 "The directive \"@skip\" can only be used once at this location.");
}

TEST_F(ValidationTest, VariableUniqueness) {
  expect_invalid("query($a: Int, $a: Int) { products(first: $a) { id } }",
                 "There can be only one variable named \"$a\".");
}

TEST_F(ValidationTest, VariablesAreInputTypes) {
  expect_invalid("query($a: Product) { products(first: $a) { id } }",
                 "Variable \"$a\" cannot be non-input type \"Product\".");
  expect_invalid("query($a: Zzz) { products(first: $a) { id } }", "Unknown type \"Zzz\".");
  expect_invalid("query($a: Int = \"x\") { products(first: $a) { id } }",
                 "Expected value of type \"Int\", found \"x\".");
}

TEST_F(ValidationTest, AllVariableUsesDefined) {
  expect_invalid("query Q { products(first: $n) { id } }",
                 "Variable \"$n\" is not defined by operation \"Q\".");
  expect_invalid("query { ...F } fragment F on Query { products(first: $n) { id } }",
                 "Variable \"$n\" is not defined.");
}

TEST_F(ValidationTest, AllVariablesUsed) {
  expect_valid("query($n: Int) { ...F } fragment F on Query { products(first: $n) { id } }");
  expect_invalid("query Q($n: Int) { products { id } }",
                 "Variable \"$n\" is never used in operation \"Q\".");
}

TEST_F(ValidationTest, VariableUsagesAllowed) {
  expect_valid("query($id: ID!) { product(id: $id) { id } }");
  expect_valid("query($id: ID = 1) { product(id: $id) { id } }");
  expect_valid("query($n: Int) { products(first: $n) { id } }");
  expect_valid("query($c: Color!) { products(filter: {colors: [$c]}) { id } }");
  expect_invalid("query($id: ID) { product(id: $id) { id } }",
                 "Variable \"$id\" of type \"ID\" used in position expecting type \"ID!\".");
  expect_invalid("query($n: String) { products(first: $n) { id } }",
                 "Variable \"$n\" of type \"String\" used in position expecting type \"Int\".");
  expect_invalid(
      "query($c: [Color]) { products(filter: {colors: $c}) { id } }",
      "Variable \"$c\" of type \"[Color]\" used in position expecting type \"[Color!]\".");
}

TEST_F(ValidationTest, IntrospectionCanBeDisabled) {
  expect_valid("{ __schema { queryType { name } } __type(name: \"Product\") { name } }");
  std::vector<std::string> found =
      messages("{ __typename __schema { queryType { name } } }", {false, true});
  EXPECT_EQ(found, std::vector<std::string>{
                       "GraphQL introspection is not allowed, but the query contained __schema "
                       "or __type."});
}

}  // namespace
}  // namespace lys::graphql
