// Keys are checked when configuration loads: each one serves exactly its algorithm.
#include "lys/auth/jwt_key.h"

#include <gtest/gtest.h>

#include <functional>

#include "support/test_keys.h"

namespace lys::auth {
namespace {

std::string key_error(const std::function<void()>& load) {
  try {
    load();
  } catch (const KeyError& error) {
    return error.what();
  }
  return "no error";
}

TEST(JwtKeyTest, ShortHs256SecretIsRefusedSayingWhy) {
  EXPECT_EQ(key_error([] { Key::hs256("0123456789abcdef0123456789abcde"); }),
            "the HS256 secret is 31 bytes long; it must be at least 32 bytes");
  EXPECT_NO_THROW(Key::hs256("0123456789abcdef0123456789abcdef"));
}

TEST(JwtKeyTest, PemTextIsNoHs256Secret) {
  const std::string pem = testing::read_key_file("rs256-public.pem");
  EXPECT_EQ(key_error([&] { Key::hs256(pem); }),
            "the HS256 secret is a PEM key; RS256 and ES256 take PEM keys");
}

TEST(JwtKeyTest, PrivateAndPublicPemFilesLoad) {
  EXPECT_TRUE(testing::rs256_private().can_sign());
  EXPECT_FALSE(testing::rs256_public().can_sign());
  EXPECT_TRUE(testing::es256_private().can_sign());
  EXPECT_FALSE(testing::es256_public().can_sign());
  EXPECT_EQ(testing::es256_public().algorithm(), Algorithm::es256);
}

TEST(JwtKeyTest, KeyOfTheOtherTypeIsRefused) {
  const std::string rsa = testing::read_key_file("rs256-public.pem");
  const std::string ec = testing::read_key_file("es256-public.pem");
  EXPECT_EQ(key_error([&] { Key::from_pem(Algorithm::es256, rsa); }),
            "ES256 needs an EC key on the P-256 curve");
  EXPECT_EQ(key_error([&] { Key::from_pem(Algorithm::rs256, ec); }), "RS256 needs an RSA key");
  EXPECT_EQ(key_error([&] { Key::from_pem(Algorithm::hs256, ec); }),
            "HS256 takes a secret, not a PEM key");
}

TEST(JwtKeyTest, WeakOrOffCurveKeysAreRefused) {
  const std::string small_rsa = testing::generate_rsa(1024).public_pem;
  const std::string p384 = testing::generate_ec("P-384").private_pem;
  EXPECT_EQ(key_error([&] { Key::from_pem(Algorithm::rs256, small_rsa); }),
            "RS256 needs an RSA key of at least 2048 bits");
  EXPECT_EQ(key_error([&] { Key::from_pem(Algorithm::es256, p384); }),
            "ES256 needs an EC key on the P-256 curve");
}

TEST(JwtKeyTest, UnreadablePemIsRefused) {
  EXPECT_EQ(
      key_error([] { Key::from_pem(Algorithm::rs256, "-----BEGIN PUBLIC KEY-----\nAAAA\n"); }),
      "the RS256 key is not a public key in PEM");
  EXPECT_EQ(key_error([] {
              Key::from_pem(Algorithm::es256,
                            "-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n");
            }),
            "the ES256 key is not a readable unencrypted private key in PEM");
}

TEST(JwtKeyTest, MissingKeyFileIsNamed) {
  EXPECT_EQ(key_error([] { Key::from_pem_file(Algorithm::rs256, "/nonexistent/key.pem"); }),
            "cannot read the key file /nonexistent/key.pem");
}

}  // namespace
}  // namespace lys::auth
