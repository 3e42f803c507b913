// Input objects → rows: every check runs before the database, each failure names its
// input path.
#include "api/input_row.h"

#include <gtest/gtest.h>

#include "api/mutation_error.h"
#include "catalog_model.h"
#include "lys/query/global_id.h"
#include "values.h"

namespace lys::api {
namespace {

using graphql::Value;
using query::encode_global_id;
using test::catalog_model;
using test::kProduct;
using test::kProductCategory;

const std::string kSku = "6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14";
const std::string kClientKey = "11111111-2222-4333-8444-555555555555";
const std::string kUserKey = "99999999-2222-4333-8444-555555555555";

// A complete CreateProductInput, with `changes` replacing or adding members.
Value product_input(std::initializer_list<Value::Field> changes = {}) {
  Value input = test::object_value({
      {"name", test::string_value("Laptop")},
      {"price", test::string_value("999.99")},
      {"sku", test::string_value(kSku)},
      {"category", test::string_value(encode_global_id("ProductCategory", "ELECTRONICS"))},
      {"client", test::string_value(encode_global_id("Client", kClientKey))},
  });
  for (const Value::Field& change : changes) test::set_member(input, change.name, change.value);
  return input;
}

const db::Param* column(const InputRow& row, std::string_view name) {
  for (const ColumnValue& value : row) {
    if (value.column == name) return &value.value;
  }
  return nullptr;
}

// The BAD_USER_INPUT a create of `input` fails with.
graphql::Error create_error(const Value& input, const access::Session& session = {}) {
  try {
    create_row(catalog_model(), kProduct, input, session);
  } catch (const MutationError& error) {
    return error.error();
  }
  ADD_FAILURE() << "the input was accepted";
  return {};
}

void expect_bad_input(const graphql::Error& error, std::string_view path) {
  EXPECT_EQ(error.code, "BAD_USER_INPUT") << error.message;
  ASSERT_EQ(error.extensions.size(), 1u) << error.message;
  EXPECT_EQ(error.extensions[0].first, "field");
  EXPECT_EQ(error.extensions[0].second, path) << error.message;
}

TEST(CreateRow, MapsGraphqlNamesToColumnsWithANewUuidKey) {
  access::Session session;
  session.user_id = kUserKey;
  InputRow row =
      create_row(catalog_model(), kProduct,
                 product_input({{"weightGrams", test::string_value("1500")},
                                {"publishedAt", test::string_value("2026-11-21T13:00:00+01:00")}}),
                 session);
  ASSERT_FALSE(row.empty());
  EXPECT_EQ(row[0].column, "id");
  const std::string& key = std::get<std::string>(row[0].value);
  EXPECT_EQ(key.size(), 36u);
  EXPECT_EQ(key[14], '4');  // version 4
  EXPECT_NE(key, std::get<std::string>(
                     create_row(catalog_model(), kProduct, product_input(), session)[0].value));
  EXPECT_EQ(std::get<std::string>(*column(row, "price")), "999.99");
  EXPECT_EQ(std::get<std::string>(*column(row, "category_id")), "ELECTRONICS");
  EXPECT_EQ(std::get<std::string>(*column(row, "client_id")), kClientKey);
  EXPECT_EQ(std::get<std::int64_t>(*column(row, "weight_grams")), 1500);
  EXPECT_EQ(std::get<std::string>(*column(row, "published_at")), "2026-11-21T12:00:00.000Z");
  // owner = current_user comes from the session; constant defaults are the database's.
  EXPECT_EQ(std::get<std::string>(*column(row, "owner_id")), kUserKey);
  EXPECT_EQ(column(row, "status"), nullptr);
  EXPECT_EQ(column(row, "stock"), nullptr);
  EXPECT_EQ(column(row, "created_at"), nullptr);
  EXPECT_EQ(column(row, "version"), nullptr);
}

TEST(CreateRow, LeavesACurrentUserDefaultToNullWithoutASession) {
  InputRow row = create_row(catalog_model(), kProduct, product_input(), {});
  EXPECT_EQ(column(row, "owner_id"), nullptr);
}

TEST(CreateRow, CurrentOrgDefaultComesFromTheSession) {
  model::Model model = catalog_model();
  model::Entity& product = model.entities[kProduct];
  model::Field& client = product.fields[static_cast<std::size_t>(product.field_by_name("client"))];
  client.default_kind = model::DefaultKind::CurrentOrg;
  Value input = product_input();
  std::erase_if(input.object, [](const auto& member) { return member.name == "client"; });
  access::Session session;
  session.organization_id = kClientKey;
  EXPECT_EQ(
      std::get<std::string>(*column(create_row(model, kProduct, input, session), "client_id")),
      kClientKey);
  // Without an organization the required field is missing.
  try {
    create_row(model, kProduct, input, {});
    ADD_FAILURE();
  } catch (const MutationError& error) {
    expect_bad_input(error.error(), "input.client");
  }
}

TEST(CreateRow, ParametricKeyIsTheCode) {
  InputRow row = create_row(catalog_model(), kProductCategory,
                            test::object_value({{"code", test::string_value("TOYS")},
                                                {"enabled", test::bool_value(false)}}),
                            {});
  ASSERT_EQ(row.size(), 2u);
  EXPECT_EQ(row[0].column, "id");
  EXPECT_EQ(std::get<std::string>(row[0].value), "TOYS");
  EXPECT_EQ(std::get<bool>(row[1].value), false);
}

TEST(CreateRow, ParametricCodeIsRequiredAndLimitedToItsColumn) {
  try {
    create_row(catalog_model(), kProductCategory, test::object_value({}), {});
    ADD_FAILURE();
  } catch (const MutationError& error) {
    expect_bad_input(error.error(), "input.code");
  }
  try {
    create_row(catalog_model(), kProductCategory,
               test::object_value({{"code", test::string_value(std::string(65, 'X'))}}), {});
    ADD_FAILURE();
  } catch (const MutationError& error) {
    expect_bad_input(error.error(), "input.code");
  }
}

struct BadValue {
  std::string member;
  Value value;
  std::string message_part;
};

class CreateRowRejects : public testing::TestWithParam<BadValue> {};

TEST_P(CreateRowRejects, TheValueNamingItsPath) {
  const BadValue& bad = GetParam();
  graphql::Error error = create_error(product_input({{bad.member, bad.value}}));
  expect_bad_input(error, "input." + bad.member);
  EXPECT_NE(error.message.find(bad.message_part), std::string::npos) << error.message;
}

INSTANTIATE_TEST_SUITE_P(
    EveryCheck, CreateRowRejects,
    testing::Values(
        BadValue{"name", test::string_value(std::string(256, 'a')), "longer than 255"},
        BadValue{"name", test::null_value(), "must not be null"},
        BadValue{"price", test::string_value("12.345"), "decimal"},
        BadValue{"price", test::string_value("123456789"), "decimal"},
        BadValue{"price", test::string_value("cheap"), "decimal"},
        BadValue{"status", test::enum_value("SOLD"), "DRAFT, ACTIVE, ARCHIVED"},
        BadValue{"stock", test::int_value(std::int64_t{1} << 31), "32-bit"},
        BadValue{"sku", test::string_value("not-a-uuid"), "UUID"},
        BadValue{"weightGrams", test::string_value("12kg"), "64-bit"},
        BadValue{"releasedOn", test::string_value("2026-02-30"), "date"},
        BadValue{"publishedAt", test::string_value("yesterday"), "RFC 3339"},
        BadValue{"attributes", test::string_value("{\"a\":"), "JSON"},
        BadValue{"featured", test::string_value("yes"), "boolean"},
        BadValue{"category", test::string_value(encode_global_id("Client", kClientKey)),
                 "not the id of a ProductCategory"},
        BadValue{"category", test::string_value("%%%"), "not the id of a ProductCategory"},
        BadValue{"client", test::string_value(encode_global_id("Client", "42")), "valid id"},
        BadValue{"owner", test::string_value(encode_global_id("Product", kUserKey)),
                 "not the id of a User"},
        BadValue{"legacyCode", test::string_value("X1"), "cannot be set"},
        BadValue{"thumbnail", test::string_value("AAAA"), "cannot be set"},
        BadValue{"createdAt", test::string_value("2026-11-21T12:00:00Z"), "cannot be set"},
        BadValue{"version", test::int_value(3), "cannot be set"},
        BadValue{"id", test::string_value(encode_global_id("Product", kSku)), "cannot be set"},
        BadValue{"colour", test::string_value("red"), "not a field of Product"}));

TEST(CreateRow, RequiresEveryNonNullFieldWithoutDefault) {
  Value input = product_input();
  input.object.erase(input.object.begin() + 1);  // price
  expect_bad_input(create_error(input), "input.price");
}

TEST(CreateRow, AcceptsJsonAsTextOrAsAStructuredValue) {
  InputRow text = create_row(catalog_model(), kProduct,
                             product_input({{"attributes", test::string_value("[1, 2]")}}), {});
  EXPECT_EQ(std::get<std::string>(*column(text, "attributes")), "[1, 2]");
  Value structured = test::object_value(
      {{"colour", test::string_value("red \"dark\"")}, {"sizes", test::int_value(3)}});
  InputRow object =
      create_row(catalog_model(), kProduct, product_input({{"attributes", structured}}), {});
  EXPECT_EQ(std::get<std::string>(*column(object, "attributes")),
            R"({"colour":"red \"dark\"","sizes":3})");
}

TEST(UpdateRow, TakesIdVersionAndOnlyTheGivenFields) {
  UpdateRow update =
      update_row(catalog_model(), kProduct,
                 test::object_value({{"id", test::string_value(encode_global_id("Product", kSku))},
                                     {"version", test::int_value(3)},
                                     {"description", test::null_value()},
                                     {"stock", test::int_value(7)}}));
  EXPECT_EQ(update.id, kSku);
  EXPECT_EQ(update.version, 3);
  ASSERT_EQ(update.changes.size(), 2u);
  EXPECT_EQ(update.changes[0].column, "stock");
  EXPECT_EQ(std::get<std::int64_t>(update.changes[0].value), 7);
  EXPECT_EQ(update.changes[1].column, "description");
  EXPECT_TRUE(std::holds_alternative<std::nullptr_t>(update.changes[1].value));
}

TEST(UpdateRow, RejectsAnIdOfAnotherTypeAndClearingARequiredField) {
  auto update_error = [](Value input) {
    try {
      update_row(catalog_model(), kProduct, input);
    } catch (const MutationError& error) {
      return error.error();
    }
    ADD_FAILURE();
    return graphql::Error{};
  };
  expect_bad_input(
      update_error(test::object_value({{"id", test::string_value(encode_global_id("Review", kSku))},
                                       {"version", test::int_value(1)}})),
      "input.id");
  expect_bad_input(update_error(test::object_value(
                       {{"id", test::string_value(encode_global_id("Product", kSku))},
                        {"version", test::int_value(1)},
                        {"name", test::null_value()}})),
                   "input.name");
  expect_bad_input(update_error(test::object_value(
                       {{"id", test::string_value(encode_global_id("Product", kSku))},
                        {"version", test::int_value(1)},
                        {"legacyCode", test::string_value("A")}})),
                   "input.legacyCode");
}

}  // namespace
}  // namespace lys::api
