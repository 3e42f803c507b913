// The deadline of the request the calling thread serves, so that its database work ends
// with it: a statement that would start after the deadline fails at once, a SQLite
// statement still running at it is interrupted, and waiting for a pooled connection
// stops at it, each with Error(ErrorKind::Timeout). On PostgreSQL the statement running
// at the deadline is bounded by the statement timeout instead.
#pragma once

#include <chrono>
#include <optional>

namespace lys::db {

class RequestDeadline {
 public:
  using Clock = std::chrono::steady_clock;

  // Sets the calling thread's deadline until this object goes away.
  explicit RequestDeadline(Clock::time_point deadline);
  RequestDeadline(const RequestDeadline&) = delete;
  RequestDeadline& operator=(const RequestDeadline&) = delete;
  ~RequestDeadline();

  // The calling thread's deadline, if it has one.
  static std::optional<Clock::time_point> current();
  static bool passed();
  // Throws Error(ErrorKind::Timeout) once the deadline has passed.
  static void check();

 private:
  std::optional<Clock::time_point> previous_;
};

}  // namespace lys::db
