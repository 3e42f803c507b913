#include "graphql/coercion.h"

#include <cjson/cJSON.h>
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "graphql/parser.h"
#include "test_schema.h"

namespace lys::graphql {
namespace {

class CoercionTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { schema_ = Schema::build(testing::kTestSdl).release(); }
  static void TearDownTestSuite() { delete schema_; }

  // Coerces `json` for the variables declared as `declarations` ("$a: Int, …").
  std::optional<VariableValues> coerce(const std::string& declarations, const std::string& json) {
    ParseResult parsed = parse_document("query(" + declarations + ") { __typename }");
    document_ = std::get<ast::Document>(std::move(parsed));
    std::unique_ptr<cJSON, decltype(&cJSON_Delete)> variables(cJSON_Parse(json.c_str()),
                                                              cJSON_Delete);
    errors_.clear();
    return coerce_variables(*schema_, document_.operations.at(0), variables.get(), errors_);
  }

  std::string first_error() const { return errors_.empty() ? "" : errors_.front().message; }

  static Schema* schema_;
  ast::Document document_;
  std::vector<Error> errors_;
};

Schema* CoercionTest::schema_ = nullptr;

TEST_F(CoercionTest, Scalars) {
  auto values = coerce("$i: Int, $f: Float, $s: String, $b: Boolean, $id: ID, $id2: ID",
                       R"({"i": -7, "f": 2, "s": "é", "b": false, "id": 42, "id2": "x"})");
  ASSERT_TRUE(values) << first_error();
  EXPECT_EQ(values->at("i").integer, -7);
  EXPECT_EQ(values->at("f").kind, Value::Kind::Float);
  EXPECT_EQ(values->at("f").number, 2.0);
  EXPECT_EQ(values->at("s").text, "é");
  EXPECT_FALSE(values->at("b").boolean);
  EXPECT_EQ(values->at("b").kind, Value::Kind::Bool);
  EXPECT_EQ(values->at("id").text, "42");
  EXPECT_EQ(values->at("id2").kind, Value::Kind::String);
}

TEST_F(CoercionTest, IntRangeAndWrongScalarKinds) {
  EXPECT_FALSE(coerce("$i: Int", R"({"i": 2147483648})"));
  EXPECT_EQ(first_error(),
            "Variable \"$i\" got invalid value 2147483648; Int cannot represent non 32-bit signed "
            "integer value: 2147483648");
  EXPECT_EQ(errors_.at(0).code, "BAD_USER_INPUT");
  EXPECT_TRUE(coerce("$i: Int", R"({"i": -2147483648})"));
  EXPECT_FALSE(coerce("$i: Int", R"({"i": 1.5})"));
  EXPECT_FALSE(coerce("$s: String", R"({"s": 1})"));
  EXPECT_FALSE(coerce("$b: Boolean", R"({"b": "true"})"));
  EXPECT_FALSE(coerce("$id: ID", R"({"id": 1.5})"));
}

TEST_F(CoercionTest, EnumsListsAndInputObjects) {
  auto values = coerce("$c: Color, $ids: [ID!], $p: NewProduct!",
                       R"({"c": "GREEN", "ids": 5, "p": {"price": 3, "name": "n",
                           "filter": {"colors": ["RED", "BLUE"], "name": null}}})");
  ASSERT_TRUE(values) << first_error();
  EXPECT_EQ(values->at("c").kind, Value::Kind::Enum);
  EXPECT_EQ(values->at("ids").list.at(0).text, "5");
  const Value& product = values->at("p");
  EXPECT_EQ(product.object.at(0).name, "price");   // the order given
  EXPECT_EQ(product.field("color")->text, "RED");  // default
  const Value& filter = *product.field("filter");
  EXPECT_EQ(filter.field("colors")->list.size(), 2u);
  EXPECT_TRUE(filter.field("name")->is_null());
  EXPECT_EQ(filter.field("tags")->list.size(), 0u);
}

TEST_F(CoercionTest, ErrorsNameThePath) {
  EXPECT_FALSE(coerce("$p: NewProduct!", R"({"p": {"name": "n", "price": "3", "colr": "RED"}})"));
  ASSERT_EQ(errors_.size(), 2u);
  EXPECT_EQ(
      errors_[0].message,
      R"(Variable "$p" got invalid value "3" at "p.price"; Int cannot represent non-integer value: "3")");
  EXPECT_EQ(errors_[0].extensions.at(0), (std::pair<std::string, std::string>{"field", "p.price"}));
  EXPECT_NE(errors_[1].message.find("Field \"colr\" is not defined by type \"NewProduct\"."),
            std::string::npos);
  // extensions.field names the member itself, unknown or missing.
  EXPECT_EQ(errors_[1].extensions.at(0), (std::pair<std::string, std::string>{"field", "p.colr"}));
  EXPECT_FALSE(coerce("$p: NewProduct!", R"({"p": {"price": 3}})"));
  EXPECT_NE(first_error().find("Field \"name\" of required type"), std::string::npos);
  EXPECT_EQ(errors_.at(0).extensions.at(0),
            (std::pair<std::string, std::string>{"field", "p.name"}));
  EXPECT_FALSE(coerce("$c: [Color!]", R"({"c": ["RED", "PINK"]})"));
  EXPECT_NE(first_error().find("at \"c[1]\""), std::string::npos);
  EXPECT_FALSE(coerce("$c: [Color!]", R"({"c": ["RED", null]})"));
}

TEST_F(CoercionTest, NullsAbsenceAndDefaults) {
  auto values = coerce("$a: Int, $b: Int, $c: Int = 4, $d: Int = 4", R"({"b": null, "d": null})");
  ASSERT_TRUE(values);
  EXPECT_EQ(values->count("a"), 0u);
  EXPECT_TRUE(values->at("b").is_null());
  EXPECT_EQ(values->at("c").integer, 4);
  EXPECT_TRUE(values->at("d").is_null());
  EXPECT_FALSE(coerce("$a: Int!", "{}"));
  EXPECT_EQ(first_error(), "Variable \"$a\" of required type \"Int!\" was not provided.");
  EXPECT_FALSE(coerce("$a: Int!", R"({"a": null})"));
  EXPECT_EQ(first_error(), "Variable \"$a\" of non-null type \"Int!\" must not be null.");
}

TEST_F(CoercionTest, CustomScalarsTakeAnyJson) {
  auto values =
      coerce("$t: DateTime, $n: DateTime", R"({"t": "2024-05-01T12:00:00Z", "n": {"a": [1]}})");
  ASSERT_TRUE(values);
  EXPECT_EQ(values->at("t").text, "2024-05-01T12:00:00Z");
  EXPECT_EQ(values->at("n").field("a")->list.at(0).integer, 1);
}

}  // namespace
}  // namespace lys::graphql
