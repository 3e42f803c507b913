// Constraint violations as both databases report them → the API's errors.
#include "api/mutation_db_error.h"

#include <gtest/gtest.h>

#include "api/mutation_error.h"
#include "catalog_model.h"

namespace lys::api {
namespace {

graphql::Error mapped(db::ErrorKind kind, std::string constraint, WriteKind write,
                      std::optional<std::string> prefix = "input.") {
  const model::Entity& product = test::catalog_model().entities[test::kProduct];
  try {
    throw_constraint_error(product, db::Error(kind, "database text", std::move(constraint)), write,
                           prefix);
  } catch (const MutationError& error) {
    return error.error();
  }
  ADD_FAILURE() << "not mapped";
  return {};
}

std::string field_of(const graphql::Error& error) {
  return error.extensions.empty() ? "" : error.extensions.front().second;
}

TEST(ConstraintError, UniqueViolationNamesTheIndexFieldsOnBothDialects) {
  for (const char* constraint : {"uq_catalog_product_client_id_name", "client_id,name"}) {
    graphql::Error error = mapped(db::ErrorKind::UniqueViolation, constraint, WriteKind::Insert);
    EXPECT_EQ(error.code, "CONFLICT");
    EXPECT_EQ(error.message, "another Product has the same 'client', 'name'") << constraint;
  }
  EXPECT_EQ(mapped(db::ErrorKind::UniqueViolation, "sku", WriteKind::Update).message,
            "another Product has the same 'sku'");
}

TEST(ConstraintError, CheckViolationNamesItsFieldOrFields) {
  graphql::Error price =
      mapped(db::ErrorKind::CheckViolation, "ck_catalog_product_price", WriteKind::Insert);
  EXPECT_EQ(price.code, "BAD_USER_INPUT");
  EXPECT_EQ(field_of(price), "input.price");
  graphql::Error both = mapped(db::ErrorKind::CheckViolation,
                               "ck_catalog_product_published_at_status", WriteKind::Update);
  EXPECT_EQ(field_of(both), "input.publishedAt");
  EXPECT_NE(both.message.find("'publishedAt', 'status'"), std::string::npos) << both.message;
  graphql::Error unnamed = mapped(db::ErrorKind::CheckViolation, "", WriteKind::Insert);
  EXPECT_EQ(unnamed.code, "BAD_USER_INPUT");
  EXPECT_TRUE(unnamed.extensions.empty());
  // A named mutation's assignments are no input: no field path.
  EXPECT_TRUE(mapped(db::ErrorKind::CheckViolation, "ck_catalog_product_price", WriteKind::Update,
                     std::nullopt)
                  .extensions.empty());
}

TEST(ConstraintError, ForeignKeyIsConflictOnDeleteAndBadInputOnWrite) {
  EXPECT_EQ(mapped(db::ErrorKind::ForeignKeyViolation, "", WriteKind::Delete).code, "CONFLICT");
  graphql::Error write = mapped(db::ErrorKind::ForeignKeyViolation,
                                "fk_catalog_product_category_id", WriteKind::Insert);
  EXPECT_EQ(write.code, "BAD_USER_INPUT");
  EXPECT_EQ(field_of(write), "input.category");
}

TEST(ConstraintError, NotNullNamesTheColumnsField) {
  EXPECT_EQ(
      field_of(mapped(db::ErrorKind::NotNullViolation, "catalog_product.price", WriteKind::Insert)),
      "input.price");
}

TEST(ConstraintError, OtherFailuresPassThrough) {
  const model::Entity& product = test::catalog_model().entities[test::kProduct];
  EXPECT_THROW(throw_constraint_error(product, db::Error(db::ErrorKind::Timeout, "slow"),
                                      WriteKind::Insert, "input."),
               db::Error);
}

}  // namespace
}  // namespace lys::api
