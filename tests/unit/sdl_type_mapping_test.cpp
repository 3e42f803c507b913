#include <gtest/gtest.h>

#include "compiler/emit/graphql/type_mapping.h"

namespace lys::emit::graphql {
namespace {

ir::Type scalar(ir::ScalarType scalar_type) {
  ir::Type type;
  type.scalar = scalar_type;
  return type;
}

ir::Value value(ir::Value::Kind kind, const std::string& text = "") {
  ir::Value out;
  out.kind = kind;
  out.text = text;
  return out;
}

TEST(SdlNames, EnumCaseSplitsCamelCaseWords) {
  EXPECT_EQ(enum_case("legacyCode"), "LEGACY_CODE");
  EXPECT_EQ(enum_case("createdAt"), "CREATED_AT");
  EXPECT_EQ(enum_case("name"), "NAME");
  EXPECT_EQ(enum_case("weightGrams2"), "WEIGHT_GRAMS2");
}

TEST(SdlNames, UpperCamelCapitalizesTheFirstLetter) {
  EXPECT_EQ(upper_camel("from"), "From");
  EXPECT_EQ(upper_camel("legacyCode"), "LegacyCode");
  EXPECT_EQ(upper_camel(""), "");
}

TEST(SdlTypes, ScalarsMapToBuiltInOrCustomScalars) {
  EXPECT_EQ(scalar_name(ir::ScalarType::Text), "String");
  EXPECT_EQ(scalar_name(ir::ScalarType::String), "String");
  EXPECT_EQ(scalar_name(ir::ScalarType::Uuid), "UUID");
  EXPECT_EQ(scalar_name(ir::ScalarType::Bytes), "Bytes");
  EXPECT_EQ(non_null("Int", false), "Int!");
  EXPECT_EQ(non_null("Int", true), "Int");
}

TEST(SdlTypes, JsonAndBytesCannotBeFiltered) {
  ir::Schema schema;
  EXPECT_EQ(filter_input_name(schema, scalar(ir::ScalarType::Json)), "");
  EXPECT_EQ(filter_input_name(schema, scalar(ir::ScalarType::Bytes)), "");
  EXPECT_EQ(filter_input_name(schema, scalar(ir::ScalarType::Text)), "StringFilter");
  ir::Type reference = scalar(ir::ScalarType::Uuid);
  reference.kind = ir::Type::Kind::Reference;
  reference.target = "shop.Missing";
  EXPECT_EQ(filter_input_name(schema, reference), "IDFilter");
  EXPECT_EQ(output_type_name(schema, reference), "ID");
}

TEST(SdlDefaults, ExactNumbersTravelAsStringsAndSessionValuesAreNotShown) {
  using Kind = ir::Value::Kind;
  EXPECT_EQ(default_literal(scalar(ir::ScalarType::Int), value(Kind::Int, "0")), "0");
  EXPECT_EQ(default_literal(scalar(ir::ScalarType::Float), value(Kind::Decimal, "1.5")), "1.5");
  EXPECT_EQ(default_literal(scalar(ir::ScalarType::Decimal), value(Kind::Int, "0")), "\"0\"");
  EXPECT_EQ(default_literal(scalar(ir::ScalarType::BigInt), value(Kind::Int, "7")), "\"7\"");
  EXPECT_EQ(default_literal(scalar(ir::ScalarType::Text), value(Kind::String, "a\"b")),
            "\"a\\\"b\"");
  ir::Value yes = value(Kind::Bool);
  yes.boolean = true;
  EXPECT_EQ(default_literal(scalar(ir::ScalarType::Bool), yes), "true");
  EXPECT_EQ(default_literal(scalar(ir::ScalarType::Json), value(Kind::String, "{}")), std::nullopt);
  EXPECT_EQ(default_literal(scalar(ir::ScalarType::DateTime), value(Kind::Now)), std::nullopt);
  EXPECT_EQ(default_literal(scalar(ir::ScalarType::Uuid), value(Kind::CurrentUser)), std::nullopt);
  EXPECT_EQ(default_literal(scalar(ir::ScalarType::Text), value(Kind::Null)), std::nullopt);
}

}  // namespace
}  // namespace lys::emit::graphql
