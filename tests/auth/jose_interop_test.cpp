// Interoperability with jose (npm), through tests/js/jose-interop.mjs: jose accepts the
// tokens lys signs and lys accepts the tokens jose signs, under each algorithm. Needs
// `npm ci` in tests/js.
#include <cjson/cJSON.h>
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <cstdio>
#include <memory>

#include "lys/auth/jwt.h"
#include "support/test_keys.h"

namespace lys::auth {
namespace {

constexpr const char* kSecret = "0123456789abcdef0123456789abcdef";  // hs256_test_key()
constexpr const char* kIssuer = "https://lys.test";
constexpr const char* kAudience = "catalog";

struct NodeRun {
  int status = -1;
  std::string output;  // stdout and stderr
};

// Arguments go in single quotes; none of them contains one.
NodeRun run_jose(const std::vector<std::string>& arguments) {
  std::string command = std::string("'") + LYS_NODE + "' '" + LYS_JOSE_INTEROP + "'";
  for (const std::string& argument : arguments) {
    if (argument.find('\'') != std::string::npos) throw std::invalid_argument(argument);
    command += " '" + argument + "'";
  }
  command += " 2>&1";
  NodeRun run;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
    run.output.append(buffer, n);
  const int status = pclose(pipe);
  run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (!run.output.empty() && run.output.back() == '\n') run.output.pop_back();
  return run;
}

struct Interop {
  const char* name;
  Key (*signer)();
  Key (*verifier)();
  std::string sign_key;  // as jose-interop.mjs takes it
  std::string verify_key;
};

void PrintTo(const Interop& interop, std::ostream* out) {
  *out << interop.name;
}

class JoseInteropTest : public ::testing::TestWithParam<Interop> {
 protected:
  Claims claims() const {
    const std::int64_t now = system_unix_seconds();
    Claims claims;
    claims.subject = "7d0c6a8e-1f0b-4c57-9a43-2b1f6c3e5d10";
    claims.issuer = kIssuer;
    claims.audience = {kAudience, "billing"};
    claims.expires = now + 600;
    claims.not_before = now - 5;
    claims.issued_at = now;
    claims.token_id = "jti-1";
    claims.organization = "acme";
    claims.roles = {"CATALOG_ADMIN"};
    return claims;
  }
};

TEST_P(JoseInteropTest, JoseVerifiesWhatLysSigned) {
  const Claims signed_claims = claims();
  const std::string token = sign_jwt(signed_claims, GetParam().signer());
  const NodeRun run =
      run_jose({"verify", GetParam().name, GetParam().verify_key, token, kIssuer, kAudience});
  ASSERT_EQ(run.status, 0) << run.output;
  std::unique_ptr<cJSON, decltype(&cJSON_Delete)> json(cJSON_Parse(run.output.c_str()),
                                                       &cJSON_Delete);
  ASSERT_TRUE(json) << run.output;
  const cJSON* payload = cJSON_GetObjectItem(json.get(), "payload");
  EXPECT_STREQ(cJSON_GetStringValue(cJSON_GetObjectItem(payload, "sub")),
               signed_claims.subject->c_str());
  EXPECT_STREQ(cJSON_GetStringValue(cJSON_GetObjectItem(payload, "org")), "acme");
  EXPECT_EQ(cJSON_GetNumberValue(cJSON_GetObjectItem(payload, "exp")),
            static_cast<double>(*signed_claims.expires));
  EXPECT_STREQ(
      cJSON_GetStringValue(cJSON_GetObjectItem(cJSON_GetObjectItem(json.get(), "header"), "alg")),
      GetParam().name);
}

TEST_P(JoseInteropTest, JoseRefusesATokenLysSignedForAnotherAudience) {
  const std::string token = sign_jwt(claims(), GetParam().signer());
  const NodeRun run =
      run_jose({"verify", GetParam().name, GetParam().verify_key, token, kIssuer, "elsewhere"});
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.output.find("ERR_JWT_CLAIM_VALIDATION_FAILED"), std::string::npos) << run.output;
}

TEST_P(JoseInteropTest, LysVerifiesWhatJoseSigned) {
  const Claims expected = claims();
  const std::string claims_json =
      R"({"sub":")" + *expected.subject + R"(","iss":")" + kIssuer + R"(","aud":[")" + kAudience +
      R"(","billing"],"exp":)" + std::to_string(*expected.expires) + R"(,"nbf":)" +
      std::to_string(*expected.not_before) + R"(,"iat":)" + std::to_string(*expected.issued_at) +
      R"(,"jti":"jti-1","org":"acme","roles":["CATALOG_ADMIN"],"unknown":{"x":1}})";
  const NodeRun run = run_jose({"sign", GetParam().name, GetParam().sign_key, claims_json});
  ASSERT_EQ(run.status, 0) << run.output;

  VerifierOptions options;
  options.issuer = kIssuer;
  options.audience = kAudience;
  const Verification verification = JwtVerifier(GetParam().verifier(), options).verify(run.output);
  ASSERT_TRUE(verification.accepted()) << describe(verification.rejection) << ": " << run.output;
  EXPECT_EQ(verification.claims, expected);
}

INSTANTIATE_TEST_SUITE_P(
    Algorithms, JoseInteropTest,
    ::testing::Values(
        Interop{"HS256", testing::hs256_test_key, testing::hs256_test_key, kSecret, kSecret},
        Interop{"RS256", testing::rs256_private, testing::rs256_public,
                testing::key_path("rs256-private.pem"), testing::key_path("rs256-public.pem")},
        Interop{"ES256", testing::es256_private, testing::es256_public,
                testing::key_path("es256-private.pem"), testing::key_path("es256-public.pem")}),
    [](const auto& test) { return std::string(test.param.name); });

}  // namespace
}  // namespace lys::auth
