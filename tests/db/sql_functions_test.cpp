// The SQL functions every SQLite connection registers: lys_base64 against RFC 4648's
// test vectors (§10) and the alphabets' last two characters, lys_seal against the
// sealing global ids and cursors are decoded with.
#include <gtest/gtest.h>

#include "codec/base64.h"
#include "codec/seal.h"
#include "lys/db/database.h"
#include "support/test_database.h"

namespace lys::dbtest {
namespace {

struct Vector {
  std::string input;
  std::string base64;
};

std::string sealed(const std::string& text) {
  return codec::base64url(codec::seal(text));
}

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
      {"", ""},
      {"f", "Zg=="},
      {"fo", "Zm8="},
      {"foo", "Zm9v"},
      {"foob", "Zm9vYg=="},
      {"fooba", "Zm9vYmE="},
      {"foobar", "Zm9vYmFy"},
      {"\xfb\xff\xbf", "+/+/"},
  };
  for (const Vector& vector : vectors) {
    EXPECT_EQ(call("lys_base64", db::Bytes{vector.input}), vector.base64) << vector.input;
  }
}

TEST_F(SqliteFunctionTest, SealAgreesWithTheDecoder) {
  for (const std::string text : {"Product:1", "[\"a\",null,\"b\"]", "é"}) {
    const std::string id = call("lys_seal", text);
    EXPECT_EQ(id, sealed(text));
    EXPECT_EQ(codec::unseal(*codec::base64url_decode(id)), text);
  }
}

TEST_F(SqliteFunctionTest, BlobsWithZeroBytesAreEncodedWhole) {
  const std::string bytes("\0\0\x01", 3);
  EXPECT_EQ(call("lys_base64", db::Bytes{bytes}), "AAAB");
  EXPECT_EQ(call("lys_seal", db::Bytes{bytes}), sealed(bytes));
}

TEST_F(SqliteFunctionTest, NullStaysNull) {
  const db::Rows rows = connection_->query("SELECT lys_seal(NULL), lys_base64(NULL)");
  EXPECT_TRUE(rows.is_null(0, 0));
  EXPECT_TRUE(rows.is_null(0, 1));
}

// The id key must not serve whoever can write the database file: a view or trigger
// stored there cannot call lys_seal.
TEST_F(SqliteFunctionTest, SealIsRefusedInsideTheSchema) {
  connection_->execute_script(
      "CREATE TABLE product (id TEXT PRIMARY KEY);"
      "CREATE VIEW product_ids AS SELECT lys_seal('Product:' || id) AS id FROM product;"
      "INSERT INTO product VALUES ('1');");
  EXPECT_THROW(connection_->query("SELECT id FROM product_ids"), db::Error);
  EXPECT_EQ(connection_->query("SELECT lys_seal('Product:' || id) FROM product").text(0, 0),
            sealed("Product:1"));
}

TEST_F(SqliteFunctionTest, EveryConnectionOfThePoolHasThem) {
  auto second = database_->acquire();
  EXPECT_EQ(second->query("SELECT lys_seal('fo')").text(0, 0), sealed("fo"));
}

}  // namespace
}  // namespace lys::dbtest
