// From an Authorization header to a session: anonymous without one, the token's
// user, organization and roles with a good one, refused (never anonymous) otherwise.
#include "lys/auth/bearer.h"

#include <gtest/gtest.h>

#include "support/test_keys.h"
#include "support/verifier_options.h"

namespace lys::auth {
namespace {

using testing::kNow;

VerifierOptions options() {
  VerifierOptions verifier;
  verifier.issuer = "lys";
  verifier.audience = "lys";
  verifier.clock = [] { return kNow; };
  return verifier;
}

Claims claims_of(std::optional<std::string> user) {
  Claims claims;
  claims.subject = std::move(user);
  claims.issuer = "lys";
  claims.audience = {"lys"};
  claims.expires = kNow + 600;
  claims.organization = "a1f3c0de-0000-4000-8000-000000000001";
  claims.roles = {"CATALOG_ADMIN", "USER_ADMIN"};
  return claims;
}

class Bearer : public ::testing::Test {
 protected:
  Authentication with(const std::string& header) const {
    return authenticator_.authenticate(header.c_str());
  }
  std::string token(const Claims& claims) const {
    return sign_jwt(claims, testing::hs256_test_key());
  }

  BearerAuthenticator authenticator_{JwtVerifier(testing::hs256_test_key(), options())};
};

TEST_F(Bearer, NoHeaderIsAnonymous) {
  Authentication result = authenticator_.authenticate(std::nullopt);
  EXPECT_TRUE(result.ok());
  EXPECT_FALSE(result.session.user_id);
  EXPECT_TRUE(result.session.roles.empty());
}

TEST_F(Bearer, AVerifiedTokenBecomesTheSession) {
  Authentication result = with("Bearer " + token(claims_of("u-1")));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_EQ(result.session.user_id, "u-1");
  EXPECT_EQ(result.session.organization_id, "a1f3c0de-0000-4000-8000-000000000001");
  EXPECT_EQ(result.session.roles, (std::vector<std::string>{"CATALOG_ADMIN", "USER_ADMIN"}));
  EXPECT_FALSE(result.session.internal);
  // The scheme is case-insensitive.
  EXPECT_TRUE(with("bearer " + token(claims_of("u-1"))).ok());
}

TEST_F(Bearer, EveryOtherHeaderIsRefused) {
  std::string good = token(claims_of("u-1"));
  Claims expired = claims_of("u-1");
  expired.expires = kNow - 3600;
  Claims other_audience = claims_of("u-1");
  other_audience.audience = {"billing"};
  for (const std::string& header :
       {std::string("Basic dXNlcjpwYXNz"), std::string("Bearer"), std::string("Bearer "),
        "Bearer  " + good, "Bearer " + good + " extra", "Token " + good,
        "Bearer " + good.substr(0, good.size() - 2), "Bearer " + token(expired),
        "Bearer " + token(other_audience), "Bearer " + token(claims_of(std::nullopt)),
        "Bearer " + token(claims_of(""))}) {
    Authentication result = with(header);
    EXPECT_FALSE(result.ok()) << header;
    EXPECT_FALSE(result.session.user_id) << header;
  }
}

TEST_F(Bearer, WithoutAKeyEveryTokenIsRefused) {
  BearerAuthenticator keyless(std::nullopt);
  EXPECT_TRUE(keyless.authenticate(std::nullopt).ok());
  Authentication result = keyless.authenticate(("Bearer " + token(claims_of("u-1"))).c_str());
  EXPECT_FALSE(result.ok());
  EXPECT_NE(result.error.find("no key"), std::string::npos) << result.error;
}

}  // namespace
}  // namespace lys::auth

namespace lys::auth {
namespace {

// A server that also accepts internal service tokens: their own key and audience.
class BearerWithServices : public ::testing::Test {
 protected:
  static Key service_key() { return Key::hs256("service-key-0123456789abcdef-0123456789"); }

  static VerifierOptions service_options() {
    VerifierOptions verifier = options();
    verifier.audience = "lys-internal";
    return verifier;
  }

  static Claims service_claims() {
    Claims claims = claims_of("billing");
    claims.audience = {"lys-internal"};
    return claims;
  }

  Authentication with(const std::string& token) const {
    return authenticator_.authenticate(("Bearer " + token).c_str());
  }

  BearerAuthenticator authenticator_{JwtVerifier(testing::hs256_test_key(), options()),
                                     JwtVerifier(service_key(), service_options())};
};

TEST_F(BearerWithServices, AServiceTokenIsTheInternalPrincipalAndNoUser) {
  Authentication result = with(sign_jwt(service_claims(), service_key()));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_TRUE(result.session.internal);
  EXPECT_FALSE(result.session.user_id);
  EXPECT_FALSE(result.session.organization_id);
  EXPECT_TRUE(result.session.roles.empty());
}

TEST_F(BearerWithServices, AUserTokenIsStillAUser) {
  Authentication result = with(sign_jwt(claims_of("u-1"), testing::hs256_test_key()));
  ASSERT_TRUE(result.ok()) << result.error;
  EXPECT_FALSE(result.session.internal);
  EXPECT_EQ(result.session.user_id, "u-1");
}

TEST_F(BearerWithServices, NeitherKindPassesForTheOther) {
  // The service key with the users' audience, the users' key with the service audience.
  EXPECT_EQ(with(sign_jwt(claims_of("u-1"), service_key())).error, "bad token signature");
  EXPECT_EQ(with(sign_jwt(service_claims(), testing::hs256_test_key())).error,
            "token for another audience");
}

TEST_F(BearerWithServices, ACookieCarriesOnlyUserTokens) {
  EXPECT_FALSE(authenticator_.authenticate_user(sign_jwt(service_claims(), service_key())).ok());
  Authentication user =
      authenticator_.authenticate_user(sign_jwt(claims_of("u-1"), testing::hs256_test_key()));
  ASSERT_TRUE(user.ok()) << user.error;
  EXPECT_EQ(user.session.user_id, "u-1");
}

}  // namespace
}  // namespace lys::auth
