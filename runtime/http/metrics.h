// The counters /metrics exposes, in the Prometheus text format (version 0.0.4):
// requests by status, a latency histogram, SQL statements executed and prepared, pool
// use, and the state of the caches the server names (documents, plans). Recording is
// lock-free: every worker thread updates atomics.
#pragma once

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "lys/cache_stats.h"
#include "lys/db/database.h"

namespace lys::http {

// A cache /metrics reports, by the value of its `cache` label.
struct CacheSource {
  std::string name;  // "graphql_documents"
  std::function<CacheStats()> read;
};

class Metrics {
 public:
  explicit Metrics(std::vector<CacheSource> caches = {}) : caches_(std::move(caches)) {}

  void record(int status, std::chrono::nanoseconds duration);

  // The whole exposition, reading the database's counters now.
  std::string render(const db::Database& database) const;

 private:
  static constexpr int kFirstStatus = 100;
  static constexpr int kLastStatus = 599;
  static constexpr std::array<double, 12> kBuckets = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1,
                                                      0.25,  0.5,   1,    2.5,   5,    10};

  std::array<std::atomic<std::uint64_t>, kLastStatus - kFirstStatus + 1> by_status_{};
  // Per bucket, not cumulative; the last one counts durations above every bound.
  std::array<std::atomic<std::uint64_t>, kBuckets.size() + 1> bucket_counts_{};
  std::atomic<std::uint64_t> sum_nanoseconds_{0};
  std::vector<CacheSource> caches_;
};

}  // namespace lys::http
