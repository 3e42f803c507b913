// Password hashes: the PBKDF2 primitive against RFC 7914's vectors, the stored format,
// verification, rehash decisions and the timing of unknown users.
#include "lys/auth/password.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <functional>

#include "codec/base64.h"

namespace lys::auth {
namespace {

// Few iterations keep the tests fast; the default is tested on its own.
constexpr int kFast = 1000;

std::string hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (const char byte : bytes) {
    out += kDigits[static_cast<unsigned char>(byte) >> 4];
    out += kDigits[static_cast<unsigned char>(byte) & 15U];
  }
  return out;
}

// RFC 7914 §11: PBKDF2-HMAC-SHA256 test vectors.
TEST(PasswordTest, Pbkdf2MatchesRfc7914WithOneIteration) {
  EXPECT_EQ(hex(pbkdf2_sha256("passwd", "salt", 1, 64)),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
            "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
}

TEST(PasswordTest, Pbkdf2MatchesRfc7914WithEightyThousandIterations) {
  EXPECT_EQ(hex(pbkdf2_sha256("Password", "NaCl", 80000, 64)),
            "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
            "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

TEST(PasswordTest, DefaultWorkFactorIsOwasps) {
  const std::string stored = hash_password("correct horse battery staple");
  EXPECT_EQ(stored.substr(0, 21), "pbkdf2-sha256$600000$");
  EXPECT_TRUE(verify_password("correct horse battery staple", stored));
  EXPECT_FALSE(needs_rehash(stored));
}

TEST(PasswordTest, StoredHashDescribesItself) {
  const std::string stored = hash_password("secret", kFast);
  ASSERT_EQ(std::count(stored.begin(), stored.end(), '$'), 3);
  const std::size_t salt_at = stored.find('$', 14) + 1;
  const std::size_t hash_at = stored.find('$', salt_at) + 1;
  EXPECT_EQ(stored.substr(0, salt_at), "pbkdf2-sha256$1000$");
  const std::string salt = *codec::base64url_decode(stored.substr(salt_at, hash_at - salt_at - 1));
  const std::string hash = *codec::base64url_decode(stored.substr(hash_at));
  EXPECT_EQ(salt.size(), 16U);
  EXPECT_EQ(hash, pbkdf2_sha256("secret", salt, kFast, 32));
}

TEST(PasswordTest, RightPasswordVerifiesWrongOneDoesNot) {
  const std::string stored = hash_password("secret", kFast);
  EXPECT_TRUE(verify_password("secret", stored));
  EXPECT_FALSE(verify_password("Secret", stored));
  EXPECT_FALSE(verify_password("", stored));
  EXPECT_FALSE(verify_password("secret ", stored));
}

TEST(PasswordTest, EachHashHasItsOwnSalt) {
  EXPECT_NE(hash_password("secret", kFast), hash_password("secret", kFast));
}

TEST(PasswordTest, VerificationReadsTheIterationsFromTheStoredHash) {
  const std::string old = hash_password("secret", 500);
  EXPECT_TRUE(verify_password("secret", old));
  std::string tampered = old;
  tampered.replace(tampered.find("$500$"), 5, "$501$");
  EXPECT_FALSE(verify_password("secret", tampered));
}

TEST(PasswordTest, WeakerHashesNeedRehash) {
  EXPECT_TRUE(needs_rehash(hash_password("secret", kFast)));
  EXPECT_FALSE(needs_rehash(hash_password("secret", kFast), kFast));
  EXPECT_TRUE(needs_rehash(hash_password("secret", kFast), kFast + 1));
  EXPECT_TRUE(needs_rehash("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW"));
}

TEST(PasswordTest, MalformedStoredHashesNeverMatch) {
  const std::string good = hash_password("secret", kFast);
  const std::size_t salt_at = good.find('$', 14) + 1;
  const std::string tail = good.substr(salt_at);
  for (const std::string& bad :
       {std::string(), std::string("secret"), "pbkdf2-sha1$1000$" + tail, "pbkdf2-sha256$$" + tail,
        "pbkdf2-sha256$0$" + tail, "pbkdf2-sha256$-5$" + tail, "pbkdf2-sha256$01000$" + tail,
        "pbkdf2-sha256$1000x$" + tail, "pbkdf2-sha256$999999999999$" + tail, good + "$",
        good + "$extra", good.substr(0, good.rfind('$')), good.substr(0, good.size() - 1) + "=",
        "pbkdf2-sha256$1000$AAAA$" + good.substr(good.rfind('$') + 1)}) {
    EXPECT_FALSE(verify_password("secret", bad)) << bad;
    EXPECT_TRUE(needs_rehash(bad, 1)) << bad;
  }
}

double fastest_run_seconds(const std::function<void()>& run) {
  double best = 1e9;
  for (int i = 0; i < 3; ++i) {
    const auto start = std::chrono::steady_clock::now();
    run();
    best = std::min(
        best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  return best;
}

// An unknown email costs what a wrong password costs, so timing does not tell them apart.
TEST(PasswordTest, DummyVerificationCostsWhatARealOneCosts) {
  constexpr int kIterations = 200'000;
  const std::string stored = hash_password("secret", kIterations);
  const double real = fastest_run_seconds([&] { verify_password("guess", stored); });
  const double dummy = fastest_run_seconds([&] { dummy_verify("guess", kIterations); });
  EXPECT_GT(dummy, real * 0.5);
  EXPECT_LT(dummy, real * 2.0);
}

TEST(PasswordTest, IterationCountsOutOfRangeAreRefused) {
  EXPECT_THROW(hash_password("secret", 0), std::invalid_argument);
  EXPECT_THROW(pbkdf2_sha256("secret", "salt", -1, 32), std::invalid_argument);
}

TEST(PasswordTest, WeakPasswordsAreNamedForWhatIsWrong) {
  EXPECT_EQ(password_weakness("", "a@b.c"), "the password is empty");
  EXPECT_EQ(password_weakness("elevenchars", "a@b.c"),
            "the password is too short: at least 12 characters");
  EXPECT_EQ(password_weakness(std::string(1025, 'x') + "y", "a@b.c"),
            "the password is too long: at most 1024 characters");
  EXPECT_EQ(password_weakness("alice@example.com", "alice@example.com"),
            "the password is the email");
  EXPECT_EQ(password_weakness("zzzzzzzzzzzzzzzz", "a@b.c"),
            "the password is one character repeated");
  EXPECT_EQ(password_weakness("correct horse battery", "a@b.c"), "");
}

}  // namespace
}  // namespace lys::auth
