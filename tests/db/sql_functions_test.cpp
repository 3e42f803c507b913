// The SQL functions every SQLite connection registers, against RFC 4648's test
// vectors (§10) and the alphabets' last two characters.
#include <gtest/gtest.h>

#include "lys/db/database.h"
#include "support/test_database.h"

namespace lys::dbtest {
namespace {

struct Vector {
  std::string input;
  std::string base64;
  std::string base64url;
};

class SqliteFunctionTest : public testing::Test {
 protected:
  std::string call(const std::string& function, const db::Param& argument) {
    const std::vector<db::Param> params = {argument};
    const db::Rows rows = connection_->query("SELECT " + function + "($1)", params);
    EXPECT_FALSE(rows.is_null(0, 0));
    return std::string(rows.text(0, 0));
  }

  TestDatabase test_database_{db::Dialect::Sqlite};
  std::unique_ptr<db::Database> database_ = test_database_.open();
  db::Database::Lease connection_ = database_->acquire();
};

TEST_F(SqliteFunctionTest, EncodeTheRfc4648TestVectors) {
  const std::vector<Vector> vectors = {
      {"", "", ""},
      {"f", "Zg==", "Zg"},
      {"fo", "Zm8=", "Zm8"},
      {"foo", "Zm9v", "Zm9v"},
      {"foob", "Zm9vYg==", "Zm9vYg"},
      {"fooba", "Zm9vYmE=", "Zm9vYmE"},
      {"foobar", "Zm9vYmFy", "Zm9vYmFy"},
      {"\xfb\xff\xbf", "+/+/", "-_-_"},
      {"Product:1", "UHJvZHVjdDox", "UHJvZHVjdDox"},
  };
  for (const Vector& vector : vectors) {
    EXPECT_EQ(call("lys_base64url", vector.input), vector.base64url) << vector.input;
    EXPECT_EQ(call("lys_base64", db::Bytes{vector.input}), vector.base64) << vector.input;
  }
}

TEST_F(SqliteFunctionTest, BlobsWithZeroBytesAreEncodedWhole) {
  const std::string bytes("\0\0\x01", 3);
  EXPECT_EQ(call("lys_base64", db::Bytes{bytes}), "AAAB");
  EXPECT_EQ(call("lys_base64url", db::Bytes{bytes}), "AAAB");
}

TEST_F(SqliteFunctionTest, NullStaysNull) {
  const db::Rows rows = connection_->query("SELECT lys_base64url(NULL), lys_base64(NULL)");
  EXPECT_TRUE(rows.is_null(0, 0));
  EXPECT_TRUE(rows.is_null(0, 1));
}

TEST_F(SqliteFunctionTest, AreDeterministicSoIndexesMayUseThem) {
  connection_->execute_script(
      "CREATE TABLE product (id TEXT PRIMARY KEY);"
      "CREATE INDEX ix_product_global_id ON product (lys_base64url('Product:' || id));"
      "INSERT INTO product VALUES ('1');");
  const db::Rows rows = connection_->query(
      "SELECT id FROM product WHERE lys_base64url('Product:' || id) = 'UHJvZHVjdDox'");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows.text(0, 0), "1");
}

TEST_F(SqliteFunctionTest, EveryConnectionOfThePoolHasThem) {
  auto second = database_->acquire();
  EXPECT_EQ(second->query("SELECT lys_base64url('fo')").text(0, 0), "Zm8");
}

}  // namespace
}  // namespace lys::dbtest
