// Tokens an attacker can send: each is refused with its own reason, none crashes.
#include <gtest/gtest.h>
#include <openssl/hmac.h>

#include <random>

#include "auth/jws_signature.h"
#include "codec/base64.h"
#include "lys/auth/jwt.h"
#include "support/print_rejection.h"
#include "support/test_keys.h"
#include "support/verifier_options.h"

namespace lys::auth {
namespace {

using testing::hs256_test_key;
using testing::kNow;
using testing::verifier_options_at;

constexpr std::string_view kClaims =
    R"({"sub":"u1","iss":"https://lys.test","aud":"catalog","exp":1800000900})";

Rejection verify(const Key& key, std::string_view token) {
  return JwtVerifier(key, verifier_options_at(kNow)).verify(token).rejection;
}

std::string unsigned_part(std::string_view header, std::string_view claims) {
  return codec::base64url(header) + "." + codec::base64url(claims);
}

// A token with any header and claims, correctly signed by `key`: what an attacker who
// holds the key could send, or what a buggy issuer could write.
std::string signed_token(std::string_view header, std::string_view claims, const Key& key) {
  const std::string input = unsigned_part(header, claims);
  return input + "." + codec::base64url(jws_sign(key, input));
}

std::string hs256_header() {
  return R"({"alg":"HS256","typ":"JWT"})";
}

TEST(JwtAttackTest, WellFormedControlTokenIsAccepted) {
  EXPECT_EQ(verify(hs256_test_key(), signed_token(hs256_header(), kClaims, hs256_test_key())),
            Rejection::none);
}

TEST(JwtAttackTest, AlgNoneIsRefusedWhateverItsCase) {
  for (const char* alg : {"none", "None", "NONE", "nOnE"}) {
    const std::string header = std::string(R"({"alg":")") + alg + R"("})";
    EXPECT_EQ(verify(hs256_test_key(), unsigned_part(header, kClaims) + ".c2ln"),
              Rejection::unsigned_token)
        << alg;
    // The RFC's unsecured form has an empty signature: not even three segments.
    EXPECT_EQ(verify(hs256_test_key(), unsigned_part(header, kClaims) + "."), Rejection::malformed);
  }
}

// The classic confusion: an RS256 verifier's public key is public, so an attacker
// HMACs a token with the PEM text as the secret and labels it HS256.
TEST(JwtAttackTest, Hs256TokenKeyedWithThePublicKeyIsRefusedByAnRs256Verifier) {
  const std::string pem = testing::read_key_file("rs256-public.pem");
  const std::string input = unsigned_part(hs256_header(), kClaims);
  unsigned char mac[32];
  unsigned int size = 0;
  HMAC(EVP_sha256(), pem.data(), static_cast<int>(pem.size()),
       reinterpret_cast<const unsigned char*>(input.data()), input.size(), mac, &size);
  const std::string token =
      input + "." + codec::base64url(std::string_view(reinterpret_cast<char*>(mac), size));
  EXPECT_EQ(verify(testing::rs256_public(), token), Rejection::algorithm_mismatch);
}

TEST(JwtAttackTest, EachVerifierRefusesTheOtherAlgorithms) {
  const std::string hs = signed_token(hs256_header(), kClaims, hs256_test_key());
  const std::string rs = signed_token(R"({"alg":"RS256"})", kClaims, testing::rs256_private());
  const std::string es = signed_token(R"({"alg":"ES256"})", kClaims, testing::es256_private());
  EXPECT_EQ(verify(testing::rs256_public(), hs), Rejection::algorithm_mismatch);
  EXPECT_EQ(verify(testing::es256_public(), hs), Rejection::algorithm_mismatch);
  EXPECT_EQ(verify(hs256_test_key(), rs), Rejection::algorithm_mismatch);
  EXPECT_EQ(verify(testing::es256_public(), rs), Rejection::algorithm_mismatch);
  EXPECT_EQ(verify(hs256_test_key(), es), Rejection::algorithm_mismatch);
  EXPECT_EQ(verify(testing::rs256_public(), es), Rejection::algorithm_mismatch);
  // Same family, other hash: not the pinned algorithm either.
  EXPECT_EQ(verify(hs256_test_key(), signed_token(R"({"alg":"HS512"})", kClaims, hs256_test_key())),
            Rejection::algorithm_mismatch);
}

TEST(JwtAttackTest, HeadersThatAskForMoreThanTheAlgorithmAreRefused) {
  const Key key = hs256_test_key();
  EXPECT_EQ(verify(key, signed_token(R"({"typ":"JWT"})", kClaims, key)),
            Rejection::unsupported_header);
  EXPECT_EQ(verify(key, signed_token(R"({"alg":256})", kClaims, key)),
            Rejection::unsupported_header);
  EXPECT_EQ(verify(key, signed_token(R"({"alg":"HS256","crit":["exp"]})", kClaims, key)),
            Rejection::unsupported_header);
  EXPECT_EQ(verify(key, signed_token(R"({"alg":"HS256","typ":"JWE"})", kClaims, key)),
            Rejection::unsupported_header);
  EXPECT_EQ(verify(key, signed_token(R"({"alg":"HS256","typ":"jwt"})", kClaims, key)),
            Rejection::none);
}

TEST(JwtAttackTest, TamperedClaimsBreakTheSignature) {
  const std::string token = signed_token(hs256_header(), kClaims, hs256_test_key());
  const std::size_t signature_at = token.rfind('.');
  const std::string forged =
      unsigned_part(hs256_header(),
                    R"({"sub":"admin","iss":"https://lys.test","aud":"catalog","exp":1800000900})");
  EXPECT_EQ(verify(hs256_test_key(), forged + token.substr(signature_at)),
            Rejection::bad_signature);
}

TEST(JwtAttackTest, TruncatedOrStretchedSignaturesAreRefused) {
  for (const Key& key : {hs256_test_key(), testing::rs256_private(), testing::es256_private()}) {
    const std::string header = R"({"alg":")" + std::string(jws_name(key.algorithm())) + R"("})";
    const std::string token = signed_token(header, kClaims, key);
    const std::string input = token.substr(0, token.rfind('.'));
    const std::string signature = *codec::base64url_decode(token.substr(token.rfind('.') + 1));
    EXPECT_EQ(
        verify(key, input + "." + codec::base64url(signature.substr(0, signature.size() - 1))),
        Rejection::bad_signature);
    EXPECT_EQ(verify(key, input + "." + codec::base64url(signature + "x")),
              Rejection::bad_signature);
    EXPECT_EQ(verify(key, input + "." + codec::base64url(std::string(signature.size(), '\0'))),
              Rejection::bad_signature);
  }
}

TEST(JwtAttackTest, Es256SignatureInDerFormIsRefused) {
  const Key key = testing::es256_private();
  const std::string input = unsigned_part(R"({"alg":"ES256"})", kClaims);
  // What a careless issuer sends: OpenSSL's DER straight into the token.
  const std::string raw = jws_sign(key, input);
  EXPECT_EQ(verify(key, input + "." + codec::base64url(raw)), Rejection::none);
  std::string der = "\x30\x44\x02\x20" + raw.substr(0, 32) + "\x02\x20" + raw.substr(32);
  EXPECT_EQ(verify(key, input + "." + codec::base64url(der)), Rejection::bad_signature);
}

TEST(JwtAttackTest, WrongSegmentCountsAreMalformed) {
  const std::string token = signed_token(hs256_header(), kClaims, hs256_test_key());
  for (const std::string& bad :
       {std::string(), std::string("abc"), std::string("a.b"), token + "." + token, token + ".",
        "." + token, std::string(".."), std::string("a..c")}) {
    EXPECT_EQ(verify(hs256_test_key(), bad), Rejection::malformed) << bad;
  }
}

TEST(JwtAttackTest, SegmentsOutsideUnpaddedBase64urlAreRefused) {
  const std::string token = signed_token(hs256_header(), kClaims, hs256_test_key());
  const std::size_t first_dot = token.find('.');
  EXPECT_EQ(verify(hs256_test_key(), token + "="), Rejection::bad_base64);
  EXPECT_EQ(verify(hs256_test_key(), "+" + token.substr(1)), Rejection::bad_base64);
  EXPECT_EQ(verify(hs256_test_key(), token.substr(0, first_dot) + " " + token.substr(first_dot)),
            Rejection::bad_base64);
  // A base64url length no byte string has.
  EXPECT_EQ(verify(hs256_test_key(), "eyJhb." + token.substr(first_dot + 1)),
            Rejection::bad_base64);
}

TEST(JwtAttackTest, HeadersThatAreNotJsonObjectsAreRefused) {
  const Key key = hs256_test_key();
  EXPECT_EQ(verify(key, signed_token("not json", kClaims, key)), Rejection::bad_json);
  EXPECT_EQ(verify(key, signed_token(R"({"alg":"HS256"} {})", kClaims, key)), Rejection::bad_json);
  EXPECT_EQ(verify(key, signed_token(std::string(R"({"alg":"HS256"})") + '\0', kClaims, key)),
            Rejection::bad_json);
  EXPECT_EQ(verify(key, signed_token(R"({"alg":"HS256")", kClaims, key)), Rejection::bad_json);
  EXPECT_EQ(verify(key, signed_token(R"(["alg","HS256"])", kClaims, key)),
            Rejection::not_an_object);
  EXPECT_EQ(verify(key, signed_token(R"("HS256")", kClaims, key)), Rejection::not_an_object);
}

// The header is parsed before any signature is checked: deep nesting must not recurse
// without bound.
TEST(JwtAttackTest, DeeplyNestedHeaderIsRefusedWithoutExhaustingTheStack) {
  const std::string nested = std::string(3000, '[') + std::string(3000, ']');
  EXPECT_EQ(verify(hs256_test_key(), codec::base64url(nested) + ".e30.c2ln"), Rejection::bad_json);
}

TEST(JwtAttackTest, SignedClaimsThatAreNotAJsonObjectAreRefused) {
  const Key key = hs256_test_key();
  EXPECT_EQ(verify(key, signed_token(hs256_header(), "[]", key)), Rejection::not_an_object);
  EXPECT_EQ(verify(key, signed_token(hs256_header(), "42", key)), Rejection::not_an_object);
  EXPECT_EQ(verify(key, signed_token(hs256_header(), "{", key)), Rejection::bad_json);
}

TEST(JwtAttackTest, DuplicateMembersAreRefused) {
  const Key key = hs256_test_key();
  EXPECT_EQ(verify(key, signed_token(R"({"alg":"HS256","alg":"none"})", kClaims, key)),
            Rejection::duplicate_member);
  EXPECT_EQ(verify(key, signed_token(
                            hs256_header(),
                            R"({"sub":"u1","sub":"admin","aud":"catalog","exp":1800000900})", key)),
            Rejection::duplicate_member);
}

TEST(JwtAttackTest, ClaimsOfTheWrongTypeAreRefused) {
  const Key key = hs256_test_key();
  for (const char* claims :
       {R"({"exp":"1800000900"})", R"({"exp":1e300})", R"({"nbf":true})", R"({"sub":42})",
        R"({"aud":7})", R"({"aud":["catalog",7]})", R"({"roles":"ADMIN"})", R"({"roles":[1]})",
        R"({"org":{}})", R"({"iss":null})"}) {
    EXPECT_EQ(verify(key, signed_token(hs256_header(), claims, key)), Rejection::bad_claim)
        << claims;
  }
}

TEST(JwtAttackTest, OversizedTokensAreRefusedBeforeAnyParsing) {
  EXPECT_EQ(verify(hs256_test_key(), std::string(8193, 'A')), Rejection::too_large);
  const std::string padding(9000, 'x');
  const std::string big = signed_token(
      hs256_header(),
      R"({"aud":"catalog","iss":"https://lys.test","exp":1800000900,"pad":")" + padding + R"("})",
      hs256_test_key());
  EXPECT_EQ(verify(hs256_test_key(), big), Rejection::too_large);
  VerifierOptions larger = verifier_options_at(kNow);
  larger.max_token_bytes = 16384;
  EXPECT_TRUE(JwtVerifier(hs256_test_key(), larger).verify(big).accepted());
}

// Every single-character change, deletion or truncation of a valid token is refused.
TEST(JwtAttackTest, NoMutationOfAValidTokenIsAccepted) {
  const std::string token = signed_token(hs256_header(), kClaims, hs256_test_key());
  const JwtVerifier verifier(hs256_test_key(), verifier_options_at(kNow));
  std::mt19937 random(20261121);
  const std::string alphabet = "AZaz09-_.=+/ {}\"\\";
  for (std::size_t i = 0; i < token.size(); ++i) {
    std::string changed = token;
    changed[i] = alphabet[random() % alphabet.size()];
    if (changed != token) {
      EXPECT_FALSE(verifier.verify(changed).accepted()) << changed;
    }
    EXPECT_FALSE(verifier.verify(token.substr(0, i)).accepted());
    EXPECT_FALSE(verifier.verify(std::string(token).erase(i, 1)).accepted());
  }
}

}  // namespace
}  // namespace lys::auth
