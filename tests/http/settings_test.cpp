// The texts operators configure the HTTP layer with: rate limits and CORS origins.
#include <gtest/gtest.h>

#include "http/cors.h"
#include "http/rate_limits.h"

namespace lys::http {
namespace {

TEST(RateLimitSettingsTest, RequestsPerSecondsOrOff) {
  std::optional<RateLimitSettings> limit = parse_rate_limit("300/60");
  ASSERT_TRUE(limit);
  EXPECT_EQ(limit->requests, 300);
  EXPECT_EQ(limit->seconds, 60);
  EXPECT_TRUE(limit->enabled());
  EXPECT_FALSE(parse_rate_limit("off")->enabled());
  for (const char* bad : {"", "10", "0/60", "10/0", "-1/60", "10/60s", "ten/60", "/60", "10/"}) {
    EXPECT_FALSE(parse_rate_limit(bad)) << bad;
  }
}

TEST(RateLimitsTest, OverTheLimitIs429WithRetryAfter) {
  RateLimits limits({.per_address = {2, 60}, .per_user = {0, 1}, .login = {1, 60}});
  EXPECT_FALSE(limits.take_for_address("a"));
  EXPECT_FALSE(limits.take_for_address("a"));
  std::optional<Response> refused = limits.take_for_address("a");
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 429);
  EXPECT_NE(refused->body.find("\"RATE_LIMITED\""), std::string::npos);
  ASSERT_EQ(refused->headers.size(), 1u);
  EXPECT_EQ(refused->headers[0].first, "Retry-After");
  EXPECT_EQ(refused->headers[0].second, "30");
  EXPECT_FALSE(limits.take_for_address("b"));
  // A limit that is off never refuses.
  for (int i = 0; i < 100; ++i) EXPECT_FALSE(limits.take_for_user("u"));
  EXPECT_FALSE(limits.take_for_login("a"));
  EXPECT_TRUE(limits.take_for_login("a"));
}

TEST(CorsOriginTest, OnlySerializedOrigins) {
  for (const char* origin :
       {"https://app.example.com", "http://localhost:3000", "https://[::1]:8443"}) {
    EXPECT_TRUE(is_serialized_origin(origin)) << origin;
  }
  for (const char* origin :
       {"*", "https://*.example.com", "app.example.com", "https://", "https://app.example.com/",
        "https://app.example.com/path", "ftp://example.com", "null", "https://a b.com"}) {
    EXPECT_FALSE(is_serialized_origin(origin)) << origin;
  }
}

TEST(CorsPolicyTest, GrantsExactlyTheListedOrigins) {
  CorsPolicy policy({"https://app.example.com"});
  Response granted;
  policy.grant("https://app.example.com", granted);
  ASSERT_EQ(granted.headers.size(), 3u);
  EXPECT_EQ(granted.headers[1].second, "https://app.example.com");
  Response refused;
  policy.grant("https://app.example.com.evil.net", refused);
  EXPECT_EQ(refused.headers.size(), 1u);  // Vary: Origin only
  Response none;
  CorsPolicy({}).grant("https://app.example.com", none);
  EXPECT_TRUE(none.headers.empty());
}

}  // namespace
}  // namespace lys::http
