#include "http/rate_limits.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace lys::http {

namespace {

std::optional<int> positive(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < 1) return std::nullopt;
  return value;
}

std::unique_ptr<auth::RateLimiter> limiter(RateLimitSettings settings, std::size_t max_keys) {
  if (!settings.enabled()) return nullptr;
  auth::RateLimit limit;
  limit.capacity = settings.requests;
  limit.refill_per_second = static_cast<double>(settings.requests) / settings.seconds;
  limit.max_keys = max_keys;
  return std::make_unique<auth::RateLimiter>(limit);
}

}  // namespace

std::optional<RateLimitSettings> parse_rate_limit(std::string_view text) {
  if (text == "off") return RateLimitSettings{0, 1};
  std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  std::optional<int> requests = positive(text.substr(0, slash));
  std::optional<int> seconds = positive(text.substr(slash + 1));
  if (!requests || !seconds) return std::nullopt;
  return RateLimitSettings{*requests, *seconds};
}

RateLimits::RateLimits(const RateLimitOptions& options)
    : per_address_(limiter(options.per_address, options.max_keys)),
      per_user_(limiter(options.per_user, options.max_keys)),
      login_(limiter(options.login, options.max_keys)) {}

std::optional<Response> RateLimits::take_for_address(std::string_view address) {
  return take(per_address_.get(), address);
}

std::optional<Response> RateLimits::take_for_user(std::string_view user_id) {
  return take(per_user_.get(), user_id);
}

std::optional<Response> RateLimits::take_for_login(std::string_view address) {
  return take(login_.get(), address);
}

std::optional<Response> RateLimits::take(auth::RateLimiter* limiter, std::string_view key) {
  if (limiter == nullptr) return std::nullopt;
  auth::RateDecision decision = limiter->acquire(key);
  if (decision.allowed) return std::nullopt;
  long seconds = std::max(1L, decision.retry_after_header());
  Response response = graphql_error_response(
      429, fmt::format("too many requests: retry after {} s", seconds), "RATE_LIMITED");
  response.headers.emplace_back("Retry-After", std::to_string(seconds));
  return response;
}

}  // namespace lys::http
