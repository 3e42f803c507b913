// Sealed global ids and cursors (lys/query/global_id.h): what decodes and what not.
#include "lys/query/global_id.h"

#include <gtest/gtest.h>

namespace lys::query {
namespace {

constexpr std::size_t kTagBytes = 12;
const std::string kUuid = "0b7e5b3c-5f7a-4c36-9b1e-8d2f3a4b5c6d";

std::string bytes_of(const std::string& text) {
  return base64url_decode(text).value();
}

TEST(GlobalIdTest, Base64urlDecodingInvertsEncodingForEveryTailLength) {
  // Lengths 0 to 9 cover whole groups and final groups of 1 and 2 bytes, with every
  // byte value appearing.
  std::string bytes;
  for (int length = 0; length < 10; ++length) {
    EXPECT_EQ(base64url_decode(base64url_encode(bytes)), bytes) << "length " << length;
    bytes.push_back(static_cast<char>(0xFF - 37 * length));
  }
  std::string every_byte;
  for (int value = 0; value < 256; ++value) every_byte.push_back(static_cast<char>(value));
  EXPECT_EQ(base64url_decode(base64url_encode(every_byte)), every_byte);
}

TEST(GlobalIdTest, Base64urlDecodingRefusesTextsNoEncoderWrites) {
  ASSERT_EQ(base64url_encode("A"), "QQ");
  ASSERT_EQ(base64url_encode("AB"), "QUI");
  // A final group whose unused low bits are not zero: a second spelling of "A", "AB".
  EXPECT_FALSE(base64url_decode("QR"));
  EXPECT_FALSE(base64url_decode("QUJ"));
  // One character left over carries no whole byte.
  EXPECT_FALSE(base64url_decode("QUJDR"));
  // Padding and the standard alphabet's characters are not base64url without padding.
  EXPECT_FALSE(base64url_decode("QQ=="));
  EXPECT_FALSE(base64url_decode("ab+/"));
}

TEST(GlobalIdTest, AnIdDecodesToItsTypeAndKey) {
  std::optional<GlobalId> id = decode_global_id(encode_global_id("Product", kUuid));
  ASSERT_TRUE(id);
  EXPECT_EQ(id->type, "Product");
  EXPECT_EQ(id->raw_id, kUuid);
  EXPECT_EQ(bytes_of(encode_global_id("Product", kUuid)).size(),
            std::string("Product:").size() + kUuid.size() + kTagBytes);
}

TEST(GlobalIdTest, AnEditedForgedOrTruncatedIdDecodesToNothing) {
  const std::string bytes = bytes_of(encode_global_id("Product", kUuid));
  const std::string tag = bytes.substr(bytes.size() - kTagBytes);
  EXPECT_FALSE(decode_global_id(base64url_encode("Review:" + kUuid + tag)));
  std::string edited = bytes;
  edited[10] = edited[10] == 'a' ? 'b' : 'a';
  EXPECT_FALSE(decode_global_id(base64url_encode(edited)));
  EXPECT_FALSE(decode_global_id(base64url_encode(bytes.substr(0, bytes.size() - 1))));
  EXPECT_FALSE(decode_global_id(base64url_encode("Product:" + kUuid)));  // no tag at all
  EXPECT_FALSE(decode_global_id(base64url_encode(tag)));
  EXPECT_FALSE(decode_global_id("not base64!"));
}

TEST(GlobalIdTest, TheSameSecretGivesTheSameIdsAnotherInvalidatesThem) {
  set_id_secret("a secret of thirty-two bytes or more");
  const std::string id = encode_global_id("Product", kUuid);
  const std::string cursor = encode_cursor(R"(["5.00","x"])");
  set_id_secret("a secret of thirty-two bytes or more");
  EXPECT_EQ(encode_global_id("Product", kUuid), id);
  EXPECT_EQ(decode_cursor_json(cursor), R"(["5.00","x"])");
  set_id_secret("another secret of thirty-two bytes");
  EXPECT_FALSE(decode_global_id(id));
  EXPECT_FALSE(decode_cursor_json(cursor));
}

TEST(GlobalIdTest, AnEditedCursorDecodesToNothing) {
  const std::string bytes = bytes_of(encode_cursor(R"(["5.00","x"])"));
  std::string edited = bytes;
  edited[2] = '9';  // ["9.00","x"]
  EXPECT_FALSE(decode_cursor_json(base64url_encode(edited)));
  EXPECT_FALSE(decode_cursor_json(base64url_encode(bytes.substr(0, bytes.size() - 6))));
}

}  // namespace
}  // namespace lys::query
