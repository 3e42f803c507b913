// The rate limits of /graphql, token buckets (lys/auth/rate_limiter.h): one per client
// address for every request, one per user for authenticated requests, and a stricter
// one per client address for operations that sign in (a root mutation field `login`),
// so passwords cannot be guessed at the general rate.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "http/response.h"
#include "lys/auth/rate_limiter.h"

namespace lys::http {

// `requests` per `seconds`, in bursts of up to `requests`; 0 requests: no limit.
struct RateLimitSettings {
  int requests = 0;
  int seconds = 1;

  bool enabled() const { return requests > 0; }
};

// "N/S" (N requests per S seconds) or "off"; nullopt when the text is neither.
std::optional<RateLimitSettings> parse_rate_limit(std::string_view text);

struct RateLimitOptions {
  RateLimitSettings per_address;
  RateLimitSettings per_user;
  RateLimitSettings login;
  std::size_t max_keys = 100'000;  // buckets kept per limit; idle ones are evicted first
};

class RateLimits {
 public:
  explicit RateLimits(const RateLimitOptions& options);

  // Each takes a token from its bucket; the 429 RATE_LIMITED response when it is empty.
  std::optional<Response> take_for_address(std::string_view address);
  std::optional<Response> take_for_user(std::string_view user_id);
  std::optional<Response> take_for_login(std::string_view address);

 private:
  static std::optional<Response> take(auth::RateLimiter* limiter, std::string_view key);

  std::unique_ptr<auth::RateLimiter> per_address_;
  std::unique_ptr<auth::RateLimiter> per_user_;
  std::unique_ptr<auth::RateLimiter> login_;
};

}  // namespace lys::http
