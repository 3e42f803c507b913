#include "lys/db/deadline.h"

#include "lys/db/connection.h"

namespace lys::db {

namespace {

thread_local std::optional<RequestDeadline::Clock::time_point> thread_deadline;

}  // namespace

RequestDeadline::RequestDeadline(Clock::time_point deadline) : previous_(thread_deadline) {
  thread_deadline = deadline;
}

RequestDeadline::~RequestDeadline() {
  thread_deadline = previous_;
}

std::optional<RequestDeadline::Clock::time_point> RequestDeadline::current() {
  return thread_deadline;
}

bool RequestDeadline::passed() {
  return thread_deadline && Clock::now() >= *thread_deadline;
}

void RequestDeadline::check() {
  if (passed()) throw Error(ErrorKind::Timeout, "the request's time is up");
}

}  // namespace lys::db
