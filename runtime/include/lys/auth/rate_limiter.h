// Token bucket rate limiting keyed by a string (a client address, a user id). Each key
// has a bucket of `capacity` tokens refilled continuously at `refill_per_second`; a
// request takes one token or is refused with the wait until the next one (Retry-After).
#pragma once

#include <cstddef>
#include <list>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lys/auth/clock.h"

namespace lys::auth {

struct RateLimit {
  double capacity = 10;           // burst size, at least 1
  double refill_per_second = 1;   // sustained rate, above 0
  std::size_t max_keys = 10'000;  // buckets kept; the least recently used go first
};

struct RateDecision {
  bool allowed = false;
  double retry_after_seconds = 0;  // when refused: until the next token; 0 when allowed

  // The Retry-After header's value (RFC 9110 §10.2.3): whole seconds, rounded up.
  long retry_after_header() const;
};

// Thread-safe. Memory is bounded by `max_keys`; a bucket that has refilled completely
// is dropped early, since a fresh bucket behaves the same.
class RateLimiter {
 public:
  explicit RateLimiter(RateLimit limit, MonotonicClock clock = steady_seconds);

  RateDecision acquire(std::string_view key);
  std::size_t tracked_keys() const;

 private:
  struct Bucket {
    std::string key;
    double tokens;
    double updated;  // clock reading when `tokens` was last brought up to date
  };
  using Recency = std::list<Bucket>;  // most recently used first

  double tokens_at(const Bucket& bucket, double now) const;
  Recency::iterator find_or_add(std::string_view key, double now);
  void drop_idle(double now);

  RateLimit limit_;
  MonotonicClock clock_;
  mutable std::mutex mutex_;
  Recency recency_;
  std::unordered_map<std::string, Recency::iterator> buckets_;
};

}  // namespace lys::auth
