// Refresh tokens: random, stored only as their hash, grouped in families.
#include "lys/auth/refresh_token.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "codec/base64.h"
#include "codec/digest.h"

namespace lys::auth {
namespace {

TEST(RefreshTokenTest, TokenIsThirtyTwoRandomBytesInBase64url) {
  const RefreshToken issued = new_refresh_token();
  EXPECT_EQ(issued.token.size(), 43U);
  const std::optional<std::string> bytes = codec::base64url_decode(issued.token);
  ASSERT_TRUE(bytes);
  EXPECT_EQ(bytes->size(), 32U);
}

TEST(RefreshTokenTest, StoredHashIsTheSha256OfTheToken) {
  const RefreshToken issued = new_refresh_token();
  EXPECT_EQ(issued.hash, codec::sha256_hex(issued.token));
  EXPECT_EQ(refresh_token_hash(issued.token), issued.hash);
  EXPECT_TRUE(std::regex_match(issued.hash, std::regex("[0-9a-f]{64}")));
}

TEST(RefreshTokenTest, TokensAndFamiliesDoNotRepeat) {
  std::set<std::string> tokens, families;
  for (int i = 0; i < 100; ++i) {
    tokens.insert(new_refresh_token().token);
    families.insert(new_token_family());
  }
  EXPECT_EQ(tokens.size(), 100U);
  EXPECT_EQ(families.size(), 100U);
}

TEST(RefreshTokenTest, FamilyIsAUuidVersion4) {
  EXPECT_TRUE(std::regex_match(
      new_token_family(),
      std::regex("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
}

TEST(RefreshTokenTest, TextThatCannotBeATokenHasNoHash) {
  const std::string token = new_refresh_token().token;
  EXPECT_EQ(refresh_token_hash(""), std::nullopt);
  EXPECT_EQ(refresh_token_hash(token.substr(1)), std::nullopt);
  EXPECT_EQ(refresh_token_hash(token + "AAAA"), std::nullopt);
  EXPECT_EQ(refresh_token_hash(token + "="), std::nullopt);
  EXPECT_EQ(refresh_token_hash("eyJhbGciOiJIUzI1NiJ9.e30.c2ln"), std::nullopt);
}

}  // namespace
}  // namespace lys::auth
