// Forged and broken access tokens sent over HTTP: each is 401 UNAUTHENTICATED and runs
// nothing, against an HS256 server and against an RS256 one (where an HS256 token
// keyed with the server's public key is the classic algorithm confusion).
#include <gtest/gtest.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <array>
#include <chrono>
#include <fstream>
#include <sstream>

#include "auth/jws_signature.h"
#include "codec/base64.h"
#include "lys/auth/jwt.h"
#include "support/test_server.h"
#include "support/tokens.h"

namespace lys::e2e {
namespace {

const std::string kKeys = LYS_E2E_AUTH_KEYS;

std::int64_t now() {
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

std::string claims_json(const std::string& extra = "", std::int64_t expires_in = 600) {
  return R"({"sub":"u1","iss":"lys","aud":"lys","iat":)" + std::to_string(now()) + R"(,"exp":)" +
         std::to_string(now() + expires_in) + extra + "}";
}

std::string unsigned_part(const std::string& header, const std::string& claims) {
  return codec::base64url(header) + "." + codec::base64url(claims);
}

std::string signed_token(const std::string& header, const std::string& claims,
                         const auth::Key& key) {
  std::string input = unsigned_part(header, claims);
  return input + "." + codec::base64url(auth::jws_sign(key, input));
}

// HS256 by hand, with any bytes as the key (auth::Key refuses a PEM key as a secret).
std::string hmac_signed_token(const std::string& header, const std::string& claims,
                              const std::string& secret) {
  std::string input = unsigned_part(header, claims);
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  unsigned int size = 0;
  HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
       reinterpret_cast<const unsigned char*>(input.data()), input.size(), mac.data(), &size);
  return input + "." +
         codec::base64url(std::string_view(reinterpret_cast<const char*>(mac.data()), size));
}

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A fresh RSA key the server has never seen.
auth::Key other_rsa_key() {
  EVP_PKEY* key = EVP_RSA_gen(2048);
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
  char* data = nullptr;
  long size = BIO_get_mem_data(bio, &data);
  std::string pem(data, static_cast<std::size_t>(size));
  BIO_free(bio);
  EVP_PKEY_free(key);
  return auth::Key::from_pem(auth::Algorithm::rs256, pem);
}

// Every way a token can be wrong that does not depend on the algorithm, signed by `key`
// under `header`; and the well-formed control token.
struct Tokens {
  std::string valid;
  std::vector<std::pair<std::string, std::string>> invalid;  // what, token
};

Tokens tokens_for(const std::string& header, const auth::Key& key) {
  Tokens tokens;
  tokens.valid = signed_token(header, claims_json(), key);
  std::string tampered_claims = claims_json(R"(,"roles":["ADMIN"])");
  std::string valid_signature = tokens.valid.substr(tokens.valid.rfind('.'));
  tokens.invalid = {
      {"alg none, empty signature", unsigned_part(R"({"alg":"none"})", claims_json()) + "."},
      {"alg none, a signature", unsigned_part(R"({"alg":"none"})", claims_json()) + ".c2ln"},
      {"alg None", unsigned_part(R"({"alg":"None","typ":"JWT"})", claims_json()) + ".c2ln"},
      {"expired", signed_token(header, claims_json("", -3600), key)},
      {"not yet valid",
       signed_token(header, claims_json(",\"nbf\":" + std::to_string(now() + 3600)), key)},
      {"wrong audience", signed_token(header,
                                      R"({"sub":"u1","iss":"lys","aud":"other","exp":)" +
                                          std::to_string(now() + 600) + "}",
                                      key)},
      {"wrong issuer", signed_token(header,
                                    R"({"sub":"u1","iss":"evil","aud":"lys","exp":)" +
                                        std::to_string(now() + 600) + "}",
                                    key)},
      {"tampered payload", unsigned_part(header, tampered_claims) + valid_signature},
      {"truncated", tokens.valid.substr(0, tokens.valid.size() - 5)},
      {"two segments", tokens.valid.substr(0, tokens.valid.rfind('.'))},
      {"garbage", "not.a.token"},
  };
  return tokens;
}

class JwtOverHttp : public ::testing::Test {
 protected:
  // Sends `token` with a mutation; a refused token runs nothing.
  void expect_refused(TestServer& server, const std::string& what, const std::string& token) {
    HttpResponse response = server.post_graphql_with_token(
        token, R"(mutation { createNote(input: {title: "forged"}) { note { title } } })");
    EXPECT_EQ(response.status, 401) << what;
    EXPECT_EQ(response.header("WWW-Authenticate"), R"(Bearer error="invalid_token")") << what;
    Json json = parse_json(response.body);
    ASSERT_TRUE(json) << what << response.body;
    EXPECT_EQ(first_error_code(json.get()), "UNAUTHENTICATED") << what;
    EXPECT_EQ(at(json.get(), "data"), nullptr) << what;
  }

  void expect_nothing_created(TestServer& server) {
    Json notes = server.post_graphql("{ notes { totalCount } }");
    EXPECT_EQ(print(at(notes.get(), "data.notes.totalCount")), "1");
  }

  void expect_accepted(TestServer& server, const std::string& token) {
    HttpResponse response = server.post_graphql_with_token(token, "{ __typename }");
    EXPECT_EQ(response.status, 200) << response.body;
  }

  TestDatabase database_ = TestDatabase::sqlite();
};

TEST_F(JwtOverHttp, AnHs256ServerRefusesEveryBrokenToken) {
  TestServer server(probe_server(), database_);
  auth::Key key = auth::Key::hs256(kTestSecretKey);
  Tokens tokens = tokens_for(R"({"alg":"HS256","typ":"JWT"})", key);
  expect_accepted(server, tokens.valid);
  tokens.invalid.emplace_back(
      "wrong key", signed_token(R"({"alg":"HS256","typ":"JWT"})", claims_json(),
                                auth::Key::hs256("another-secret-of-at-least-32-bytes!")));
  tokens.invalid.emplace_back(
      "RS256 token",
      signed_token(R"({"alg":"RS256","typ":"JWT"})", claims_json(),
                   auth::Key::from_pem_file(auth::Algorithm::rs256, kKeys + "/rs256-private.pem")));
  for (const auto& [what, token] : tokens.invalid) expect_refused(server, what, token);
  expect_nothing_created(server);
}

TEST_F(JwtOverHttp, AnRs256ServerRefusesEveryBrokenTokenAndTheKeyConfusion) {
  TestServer server(
      probe_server(), database_,
      {{"LYS_TOKEN_ALGORITHM", "RS256"}, {"LYS_TOKEN_KEY_FILE", kKeys + "/rs256-public.pem"}});
  auth::Key key = auth::Key::from_pem_file(auth::Algorithm::rs256, kKeys + "/rs256-private.pem");
  Tokens tokens = tokens_for(R"({"alg":"RS256","typ":"JWT"})", key);
  expect_accepted(server, tokens.valid);
  // The public key is public: an HS256 token keyed with its PEM text must not verify.
  std::string public_pem = read_file(kKeys + "/rs256-public.pem");
  ASSERT_FALSE(public_pem.empty());
  tokens.invalid.emplace_back(
      "HS256 keyed with the RS256 public key",
      hmac_signed_token(R"({"alg":"HS256","typ":"JWT"})", claims_json(), public_pem));
  tokens.invalid.emplace_back(
      "wrong key", signed_token(R"({"alg":"RS256","typ":"JWT"})", claims_json(), other_rsa_key()));
  tokens.invalid.emplace_back("HS256 with the test secret", access_token({.user_id = "u1"}));
  for (const auto& [what, token] : tokens.invalid) expect_refused(server, what, token);
  expect_nothing_created(server);
}

}  // namespace
}  // namespace lys::e2e
