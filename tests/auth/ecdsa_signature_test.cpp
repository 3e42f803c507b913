// ES256's R || S form against OpenSSL's DER, both ways.
#include "auth/ecdsa_signature.h"

#include <gtest/gtest.h>

namespace lys::auth {
namespace {

// DER of r = 1, s = 0x80: s needs a leading zero byte in DER to stay positive.
const std::string kDer("\x30\x07\x02\x01\x01\x02\x02\x00\x80", 9);

std::string raw_of(unsigned char r, unsigned char s) {
  std::string raw(64, '\0');
  raw[31] = static_cast<char>(r);
  raw[63] = static_cast<char>(s);
  return raw;
}

TEST(EcdsaSignatureTest, DerBecomesFixedWidthBigEndianPair) {
  EXPECT_EQ(ecdsa_der_to_raw(kDer), raw_of(1, 0x80));
}

TEST(EcdsaSignatureTest, RawBecomesMinimalDer) {
  EXPECT_EQ(ecdsa_raw_to_der(raw_of(1, 0x80)), kDer);
}

TEST(EcdsaSignatureTest, RawOfTheWrongWidthIsRefused) {
  EXPECT_EQ(ecdsa_raw_to_der(std::string(63, '\1')), std::nullopt);
  EXPECT_EQ(ecdsa_raw_to_der(std::string(65, '\1')), std::nullopt);
}

TEST(EcdsaSignatureTest, DerThatIsNotOneSignatureIsRefused) {
  EXPECT_EQ(ecdsa_der_to_raw(kDer + "x"), std::nullopt);
  EXPECT_EQ(ecdsa_der_to_raw(kDer.substr(0, 8)), std::nullopt);
  // r of 33 significant bytes does not fit P-256's width.
  std::string wide = "\x30\x26\x02\x21" + std::string(1, '\x01') + std::string(32, '\0');
  wide += std::string("\x02\x01\x01", 3);
  EXPECT_EQ(ecdsa_der_to_raw(wide), std::nullopt);
}

}  // namespace
}  // namespace lys::auth
