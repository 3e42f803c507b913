// Clocks the auth primitives read, injectable so tests control time.
#pragma once

#include <cstdint>
#include <functional>

namespace lys::auth {

// Seconds since the Unix epoch (wall time): token lifetimes are absolute dates.
using UnixClock = std::function<std::int64_t()>;
std::int64_t system_unix_seconds();

// Seconds on a monotonic clock with an arbitrary origin: rate limits measure intervals,
// which must not jump when the wall clock is set.
using MonotonicClock = std::function<double()>;
double steady_seconds();

}  // namespace lys::auth
