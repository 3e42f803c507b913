// The cookies of the cookie transport: their attributes, reading them back from a
// Cookie header, and the XSRF double-submit comparison.
#include "lys/auth/cookies.h"

#include <gtest/gtest.h>

namespace lys::auth {
namespace {

TEST(Cookies, SetCookieCarriesTheAttributesOfThePolicy) {
  EXPECT_EQ(set_cookie("lys_access", "abc", 900, true, {}),
            "lys_access=abc; Path=/; Max-Age=900; HttpOnly; Secure; SameSite=Strict");
  EXPECT_EQ(set_cookie("XSRF-TOKEN", "x", 60, false, {SameSite::Lax, false}),
            "XSRF-TOKEN=x; Path=/; Max-Age=60; SameSite=Lax");
  EXPECT_EQ(set_cookie("lys_refresh", "", 0, true, {}),
            "lys_refresh=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict");
}

TEST(Cookies, FindCookieReadsOneOfSeveral) {
  const std::string header = "theme=dark; lys_access=a.b.c;XSRF-TOKEN=t0k ;  empty=";
  EXPECT_EQ(find_cookie(header, "lys_access"), "a.b.c");
  EXPECT_EQ(find_cookie(header, "XSRF-TOKEN"), "t0k");
  EXPECT_EQ(find_cookie(header, "empty"), "");
  EXPECT_EQ(find_cookie(header, "lys"), std::nullopt);
  EXPECT_EQ(find_cookie(header, "lys_refresh"), std::nullopt);
  EXPECT_EQ(find_cookie("", "lys_access"), std::nullopt);
  // A name is matched whole, never as the suffix of another.
  EXPECT_EQ(find_cookie("xlys_access=1", "lys_access"), std::nullopt);
}

TEST(Cookies, XsrfMatchesOnlyAnEqualNonEmptyHeader) {
  std::string token = new_xsrf_token();
  EXPECT_EQ(token.size(), 43u);
  EXPECT_NE(token, new_xsrf_token());
  EXPECT_TRUE(xsrf_matches(token, token));
  EXPECT_FALSE(xsrf_matches(std::nullopt, token));
  EXPECT_FALSE(xsrf_matches(token, std::nullopt));
  EXPECT_FALSE(xsrf_matches(std::string_view(""), std::string_view("")));
  EXPECT_FALSE(xsrf_matches(token.substr(1), token));
  std::string other = token;
  other.back() = other.back() == 'A' ? 'B' : 'A';
  EXPECT_FALSE(xsrf_matches(other, token));
}

}  // namespace
}  // namespace lys::auth
