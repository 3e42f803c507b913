#include "lys/auth/rate_limiter.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lys::auth {
namespace {

// Dropping refilled buckets is housekeeping: a few per request keeps it O(1).
constexpr int kIdleDropsPerAcquire = 2;

}  // namespace

long RateDecision::retry_after_header() const {
  return static_cast<long>(std::ceil(retry_after_seconds));
}

RateLimiter::RateLimiter(RateLimit limit, MonotonicClock clock)
    : limit_(limit), clock_(std::move(clock)) {
  if (!(limit_.capacity >= 1) || !(limit_.refill_per_second > 0) || limit_.max_keys == 0 ||
      !clock_) {
    throw std::invalid_argument(
        "a rate limit needs a capacity of at least 1, a positive refill rate and room for a key");
  }
}

double RateLimiter::tokens_at(const Bucket& bucket, double now) const {
  const double elapsed = std::max(0.0, now - bucket.updated);
  return std::min(limit_.capacity, bucket.tokens + elapsed * limit_.refill_per_second);
}

void RateLimiter::drop_idle(double now) {
  for (int i = 0; i < kIdleDropsPerAcquire && !recency_.empty(); ++i) {
    const Bucket& oldest = recency_.back();
    if (tokens_at(oldest, now) < limit_.capacity) return;
    buckets_.erase(oldest.key);
    recency_.pop_back();
  }
}

RateLimiter::Recency::iterator RateLimiter::find_or_add(std::string_view key, double now) {
  const auto found = buckets_.find(std::string(key));
  if (found != buckets_.end()) {
    recency_.splice(recency_.begin(), recency_, found->second);
    return recency_.begin();
  }
  if (buckets_.size() >= limit_.max_keys) {
    buckets_.erase(recency_.back().key);
    recency_.pop_back();
  }
  recency_.push_front(Bucket{std::string(key), limit_.capacity, now});
  buckets_.emplace(recency_.front().key, recency_.begin());
  return recency_.begin();
}

RateDecision RateLimiter::acquire(std::string_view key) {
  const double now = clock_();
  std::lock_guard lock(mutex_);
  drop_idle(now);
  Bucket& bucket = *find_or_add(key, now);
  bucket.tokens = tokens_at(bucket, now);
  bucket.updated = now;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return {true, 0};
  }
  return {false, (1 - bucket.tokens) / limit_.refill_per_second};
}

std::size_t RateLimiter::tracked_keys() const {
  std::lock_guard lock(mutex_);
  return buckets_.size();
}

}  // namespace lys::auth
