// Signing and verifying tokens: the RFC 7515 example, round trips under each
// algorithm, claim encoding and the time and audience rules.
#include "lys/auth/jwt.h"

#include <gtest/gtest.h>

#include "auth/jws_signature.h"
#include "codec/base64.h"
#include "support/print_rejection.h"
#include "support/test_keys.h"
#include "support/verifier_options.h"

namespace lys::auth {
namespace {

using testing::es256_private;
using testing::es256_public;
using testing::hs256_test_key;
using testing::kNow;
using testing::rs256_private;
using testing::rs256_public;
using testing::verifier_options_at;

Claims user_claims() {
  Claims claims;
  claims.subject = "7d0c6a8e-1f0b-4c57-9a43-2b1f6c3e5d10";
  claims.issuer = "https://lys.test";
  claims.audience = {"catalog"};
  claims.expires = kNow + 900;
  claims.not_before = kNow;
  claims.issued_at = kNow;
  claims.token_id = "c1b2";
  claims.organization = "acme";
  claims.roles = {"CATALOG_ADMIN", "ADMIN"};
  return claims;
}

std::string segment_json(const std::string& token, int index) {
  std::size_t start = 0;
  for (int i = 0; i < index; ++i) start = token.find('.', start) + 1;
  return *codec::base64url_decode(token.substr(start, token.find('.', start) - start));
}

// RFC 7515 Appendix A.1: the HS256 example, its key given as a JWK.
constexpr std::string_view kRfcKey =
    "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow";
constexpr std::string_view kRfcSigningInput =
    "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9"
    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlf"
    "Q";
constexpr std::string_view kRfcSignature = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

TEST(JwtTest, Rfc7515ExampleSignatureIsReproduced) {
  const Key key = Key::hs256(*codec::base64url_decode(kRfcKey));
  EXPECT_EQ(codec::base64url(jws_sign(key, kRfcSigningInput)), kRfcSignature);
}

TEST(JwtTest, Rfc7515ExampleVerifiesWhileUnexpired) {
  VerifierOptions options;
  options.issuer = "joe";
  options.clock = [] { return std::int64_t{1'300'819'000}; };
  const JwtVerifier verifier(Key::hs256(*codec::base64url_decode(kRfcKey)), options);
  const std::string token = std::string(kRfcSigningInput) + "." + std::string(kRfcSignature);

  const Verification verification = verifier.verify(token);
  ASSERT_TRUE(verification.accepted()) << describe(verification.rejection);
  EXPECT_EQ(verification.claims.issuer, "joe");
  EXPECT_EQ(verification.claims.expires, 1'300'819'380);

  options.clock = [] { return std::int64_t{1'300'819'380 + 30}; };
  const JwtVerifier later(Key::hs256(*codec::base64url_decode(kRfcKey)), options);
  EXPECT_EQ(later.verify(token).rejection, Rejection::expired);
}

struct KeyPair {
  const char* name;
  Key (*signer)();
  Key (*verifier)();
};

void PrintTo(const KeyPair& pair, std::ostream* out) {
  *out << pair.name;
}

class JwtRoundTripTest : public ::testing::TestWithParam<KeyPair> {};

TEST_P(JwtRoundTripTest, SignedClaimsComeBackIdentical) {
  const std::string token = sign_jwt(user_claims(), GetParam().signer());
  const Verification verification =
      JwtVerifier(GetParam().verifier(), verifier_options_at(kNow + 10)).verify(token);
  ASSERT_TRUE(verification.accepted()) << describe(verification.rejection);
  EXPECT_EQ(verification.claims, user_claims());
}

TEST_P(JwtRoundTripTest, HeaderNamesTheKeysAlgorithm) {
  const Key key = GetParam().signer();
  const std::string token = sign_jwt(user_claims(), key);
  EXPECT_EQ(segment_json(token, 0),
            R"({"alg":")" + std::string(jws_name(key.algorithm())) + R"(","typ":"JWT"})");
}

TEST_P(JwtRoundTripTest, AnotherKeyOfTheSameAlgorithmRefusesTheSignature) {
  const std::string token = sign_jwt(user_claims(), GetParam().signer());
  const Key other = std::string(GetParam().name) == "HS256"
                        ? Key::hs256("another secret of at least 32 bytes!")
                    : std::string(GetParam().name) == "RS256"
                        ? Key::from_pem(Algorithm::rs256, testing::generate_rsa(2048).public_pem)
                        : Key::from_pem(Algorithm::es256, testing::generate_ec("P-256").public_pem);
  EXPECT_EQ(JwtVerifier(other, verifier_options_at(kNow)).verify(token).rejection,
            Rejection::bad_signature);
}

INSTANTIATE_TEST_SUITE_P(Algorithms, JwtRoundTripTest,
                         ::testing::Values(KeyPair{"HS256", hs256_test_key, hs256_test_key},
                                           KeyPair{"RS256", rs256_private, rs256_public},
                                           KeyPair{"ES256", es256_private, es256_public}),
                         [](const auto& test) { return std::string(test.param.name); });

TEST(JwtTest, Es256SignatureIsSixtyFourRawBytes) {
  const std::string token = sign_jwt(user_claims(), es256_private());
  const std::string signature = *codec::base64url_decode(token.substr(token.rfind('.') + 1));
  EXPECT_EQ(signature.size(), 64U);
}

TEST(JwtTest, ClaimsAreWrittenInAFixedOrderAndAbsentOnesOmitted) {
  Claims claims;
  claims.subject = "u1";
  claims.audience = {"a", "b"};
  claims.expires = 4'102'444'800;  // past 2038: beyond 32-bit seconds
  const std::string token = sign_jwt(claims, hs256_test_key());
  EXPECT_EQ(segment_json(token, 1), R"({"sub":"u1","aud":["a","b"],"exp":4102444800})");
}

TEST(JwtTest, PrivateKeyAlsoVerifies) {
  const std::string token = sign_jwt(user_claims(), rs256_private());
  EXPECT_TRUE(JwtVerifier(rs256_private(), verifier_options_at(kNow)).verify(token).accepted());
}

TEST(JwtTest, PublicKeyCannotSign) {
  EXPECT_THROW(sign_jwt(user_claims(), es256_public()), KeyError);
}

class JwtTimeTest : public ::testing::Test {
 protected:
  Rejection verify_at(const Claims& token_claims, std::int64_t now) {
    return JwtVerifier(hs256_test_key(), verifier_options_at(now))
        .verify(sign_jwt(token_claims, hs256_test_key()))
        .rejection;
  }
  Claims claims = user_claims();
};

TEST_F(JwtTimeTest, ExpiryHoldsUntilTheSkewRunsOut) {
  EXPECT_EQ(verify_at(claims, *claims.expires + 29), Rejection::none);
  EXPECT_EQ(verify_at(claims, *claims.expires + 30), Rejection::expired);
}

TEST_F(JwtTimeTest, NotBeforeHoldsWithinTheSkew) {
  EXPECT_EQ(verify_at(claims, *claims.not_before - 30), Rejection::none);
  EXPECT_EQ(verify_at(claims, *claims.not_before - 31), Rejection::not_yet_valid);
}

TEST_F(JwtTimeTest, IssuedInTheFutureIsRefused) {
  claims.not_before.reset();
  claims.issued_at = kNow + 31;
  EXPECT_EQ(verify_at(claims, kNow), Rejection::issued_in_future);
}

TEST_F(JwtTimeTest, SkewIsConfigurable) {
  VerifierOptions options = verifier_options_at(*claims.expires + 5);
  options.clock_skew_seconds = 0;
  EXPECT_EQ(
      JwtVerifier(hs256_test_key(), options).verify(sign_jwt(claims, hs256_test_key())).rejection,
      Rejection::expired);
}

TEST_F(JwtTimeTest, ExpiryIsRequiredUnlessDisabled) {
  claims.expires.reset();
  EXPECT_EQ(verify_at(claims, kNow), Rejection::missing_expiry);
  VerifierOptions options = verifier_options_at(kNow);
  options.require_expiry = false;
  EXPECT_TRUE(
      JwtVerifier(hs256_test_key(), options).verify(sign_jwt(claims, hs256_test_key())).accepted());
}

TEST(JwtAudienceTest, TheVerifiersAudienceMustBeAmongTheTokens) {
  Claims claims = user_claims();
  claims.audience = {"billing", "catalog"};
  const JwtVerifier verifier(hs256_test_key(), verifier_options_at(kNow));
  EXPECT_TRUE(verifier.verify(sign_jwt(claims, hs256_test_key())).accepted());
  claims.audience = {"billing"};
  EXPECT_EQ(verifier.verify(sign_jwt(claims, hs256_test_key())).rejection,
            Rejection::wrong_audience);
  claims.audience.clear();
  EXPECT_EQ(verifier.verify(sign_jwt(claims, hs256_test_key())).rejection,
            Rejection::wrong_audience);
}

TEST(JwtAudienceTest, AVerifierWithoutAudienceRefusesTokensThatNameOne) {
  VerifierOptions options = verifier_options_at(kNow);
  options.audience.reset();
  EXPECT_EQ(JwtVerifier(hs256_test_key(), options)
                .verify(sign_jwt(user_claims(), hs256_test_key()))
                .rejection,
            Rejection::wrong_audience);
}

TEST(JwtVerifierTest, NegativeClockSkewIsAConfigurationError) {
  VerifierOptions options = verifier_options_at(kNow);
  options.clock_skew_seconds = -1;
  EXPECT_THROW(JwtVerifier(hs256_test_key(), options), std::invalid_argument);
}

TEST(JwtVerifierTest, RejectionsDescribeThemselvesForLogs) {
  EXPECT_EQ(describe(Rejection::none), "accepted");
  EXPECT_EQ(describe(Rejection::algorithm_mismatch), "token algorithm does not match the key");
  EXPECT_EQ(describe(Rejection::wrong_audience), "token for another audience");
}

TEST(JwtIssuerTest, IssuerMustMatch) {
  Claims claims = user_claims();
  claims.issuer = "https://evil.test";
  EXPECT_EQ(JwtVerifier(hs256_test_key(), verifier_options_at(kNow))
                .verify(sign_jwt(claims, hs256_test_key()))
                .rejection,
            Rejection::wrong_issuer);
  claims.issuer.reset();
  EXPECT_EQ(JwtVerifier(hs256_test_key(), verifier_options_at(kNow))
                .verify(sign_jwt(claims, hs256_test_key()))
                .rejection,
            Rejection::wrong_issuer);
}

}  // namespace
}  // namespace lys::auth
