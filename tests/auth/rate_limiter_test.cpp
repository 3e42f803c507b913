// The token bucket under a hand-driven clock, its memory bound and its thread safety.
#include "lys/auth/rate_limiter.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace lys::auth {
namespace {

class RateLimiterTest : public ::testing::Test {
 protected:
  RateLimiter limiter(RateLimit limit) {
    return RateLimiter(limit, [this] { return now; });
  }
  double now = 1000;
};

TEST_F(RateLimiterTest, BurstUpToCapacityThenRefused) {
  RateLimiter limits = limiter({.capacity = 3, .refill_per_second = 0.5});
  EXPECT_TRUE(limits.acquire("10.0.0.1").allowed);
  EXPECT_TRUE(limits.acquire("10.0.0.1").allowed);
  EXPECT_TRUE(limits.acquire("10.0.0.1").allowed);
  const RateDecision refused = limits.acquire("10.0.0.1");
  EXPECT_FALSE(refused.allowed);
  EXPECT_DOUBLE_EQ(refused.retry_after_seconds, 2.0);
  EXPECT_EQ(refused.retry_after_header(), 2);
}

TEST_F(RateLimiterTest, RetryAfterCountsDownAndRoundsUp) {
  RateLimiter limits = limiter({.capacity = 1, .refill_per_second = 0.25});
  EXPECT_TRUE(limits.acquire("u").allowed);
  now += 1.5;
  const RateDecision refused = limits.acquire("u");
  EXPECT_FALSE(refused.allowed);
  EXPECT_DOUBLE_EQ(refused.retry_after_seconds, 2.5);
  EXPECT_EQ(refused.retry_after_header(), 3);
  now += 2.5;
  EXPECT_TRUE(limits.acquire("u").allowed);
}

TEST_F(RateLimiterTest, RefusedRequestsTakeNoToken) {
  RateLimiter limits = limiter({.capacity = 1, .refill_per_second = 1});
  EXPECT_TRUE(limits.acquire("u").allowed);
  for (int i = 0; i < 5; ++i) EXPECT_FALSE(limits.acquire("u").allowed);
  now += 1;
  EXPECT_TRUE(limits.acquire("u").allowed);
}

TEST_F(RateLimiterTest, RefillNeverExceedsCapacity) {
  RateLimiter limits = limiter({.capacity = 2, .refill_per_second = 10});
  now += 3600;
  EXPECT_TRUE(limits.acquire("u").allowed);
  EXPECT_TRUE(limits.acquire("u").allowed);
  EXPECT_FALSE(limits.acquire("u").allowed);
}

TEST_F(RateLimiterTest, KeysHaveSeparateBuckets) {
  RateLimiter limits = limiter({.capacity = 1, .refill_per_second = 1});
  EXPECT_TRUE(limits.acquire("alice").allowed);
  EXPECT_FALSE(limits.acquire("alice").allowed);
  EXPECT_TRUE(limits.acquire("bob").allowed);
}

TEST_F(RateLimiterTest, ClockGoingBackwardsRefillsNothing) {
  RateLimiter limits = limiter({.capacity = 1, .refill_per_second = 1});
  EXPECT_TRUE(limits.acquire("u").allowed);
  now -= 100;
  EXPECT_FALSE(limits.acquire("u").allowed);
}

TEST_F(RateLimiterTest, MemoryIsBoundedByEvictingTheLeastRecentlyUsed) {
  RateLimiter limits = limiter({.capacity = 1, .refill_per_second = 0.001, .max_keys = 3});
  for (const char* key : {"a", "b", "c"}) EXPECT_TRUE(limits.acquire(key).allowed);
  EXPECT_FALSE(limits.acquire("a").allowed);  // "a" becomes the most recently used
  EXPECT_TRUE(limits.acquire("d").allowed);   // evicts "b"
  EXPECT_EQ(limits.tracked_keys(), 3U);
  EXPECT_FALSE(limits.acquire("a").allowed);
  EXPECT_FALSE(limits.acquire("c").allowed);
  EXPECT_TRUE(limits.acquire("b").allowed);  // forgotten, so a fresh bucket
}

TEST_F(RateLimiterTest, RefilledBucketsAreDroppedAsIdle) {
  RateLimiter limits = limiter({.capacity = 2, .refill_per_second = 1});
  for (const char* key : {"a", "b", "c"}) limits.acquire(key);
  EXPECT_EQ(limits.tracked_keys(), 3U);
  now += 0.5;  // half a token back: below capacity, kept
  limits.acquire("c");
  EXPECT_EQ(limits.tracked_keys(), 3U);
  now += 10;  // "a" and "b" are full again: as good as new
  limits.acquire("c");
  EXPECT_EQ(limits.tracked_keys(), 1U);
}

TEST_F(RateLimiterTest, ConcurrentCallersShareOneBucketExactly) {
  RateLimiter limits = limiter({.capacity = 100, .refill_per_second = 1});
  std::atomic<int> allowed = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 50; ++i) {
        if (limits.acquire("shared").allowed) ++allowed;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(allowed.load(), 100);
}

TEST(RateLimitTest, NonsensicalLimitsAreRefused) {
  EXPECT_THROW(RateLimiter({.capacity = 0.5, .refill_per_second = 1}), std::invalid_argument);
  EXPECT_THROW(RateLimiter({.capacity = 1, .refill_per_second = 0}), std::invalid_argument);
  EXPECT_THROW(RateLimiter({.capacity = 1, .refill_per_second = 1, .max_keys = 0}),
               std::invalid_argument);
}

}  // namespace
}  // namespace lys::auth
