#include "http/metrics.h"

#include <fmt/format.h>

#include <algorithm>

namespace lys::http {

void Metrics::record(int status, std::chrono::nanoseconds duration) {
  status = std::clamp(status, kFirstStatus, kLastStatus);
  by_status_[static_cast<std::size_t>(status - kFirstStatus)].fetch_add(1,
                                                                        std::memory_order_relaxed);
  double seconds = std::chrono::duration<double>(duration).count();
  auto bucket = std::lower_bound(kBuckets.begin(), kBuckets.end(), seconds);
  bucket_counts_[static_cast<std::size_t>(bucket - kBuckets.begin())].fetch_add(
      1, std::memory_order_relaxed);
  sum_nanoseconds_.fetch_add(static_cast<std::uint64_t>(duration.count()),
                             std::memory_order_relaxed);
}

std::string Metrics::render(const db::Database& database) const {
  std::string out;
  auto header = [&out](std::string_view name, std::string_view type, std::string_view help) {
    out += fmt::format("# HELP {} {}\n# TYPE {} {}\n", name, help, name, type);
  };

  header("lys_http_requests_total", "counter", "HTTP requests answered, by status code.");
  for (std::size_t i = 0; i < by_status_.size(); ++i) {
    std::uint64_t value = by_status_[i].load(std::memory_order_relaxed);
    if (value == 0) continue;
    out += fmt::format("lys_http_requests_total{{status=\"{}\"}} {}\n",
                       static_cast<int>(i) + kFirstStatus, value);
  }

  header("lys_http_request_duration_seconds", "histogram",
         "Time from a request's arrival to its response.");
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    cumulative += bucket_counts_[i].load(std::memory_order_relaxed);
    out += fmt::format("lys_http_request_duration_seconds_bucket{{le=\"{}\"}} {}\n", kBuckets[i],
                       cumulative);
  }
  // The total is the sum of the buckets, so +Inf never falls below a finite bucket.
  std::uint64_t count = cumulative + bucket_counts_.back().load(std::memory_order_relaxed);
  out += fmt::format("lys_http_request_duration_seconds_bucket{{le=\"+Inf\"}} {}\n", count);
  out += fmt::format("lys_http_request_duration_seconds_sum {}\n",
                     static_cast<double>(sum_nanoseconds_.load(std::memory_order_relaxed)) / 1e9);
  out += fmt::format("lys_http_request_duration_seconds_count {}\n", count);

  header("lys_sql_statements_total", "counter", "SQL statements executed.");
  out += fmt::format("lys_sql_statements_total {}\n", database.statements_executed());
  header("lys_sql_statements_prepared_total", "counter",
         "SQL statements prepared, on any connection of the pool.");
  out += fmt::format("lys_sql_statements_prepared_total {}\n", database.statements_prepared());

  db::PoolStats pool = database.stats();
  header("lys_db_pool_connections", "gauge", "Database connections of the pool, by state.");
  out += fmt::format("lys_db_pool_connections{{state=\"in_use\"}} {}\n", pool.in_use);
  out += fmt::format("lys_db_pool_connections{{state=\"total\"}} {}\n", pool.size);

  if (caches_.empty()) return out;
  std::vector<CacheStats> readings;
  for (const CacheSource& cache : caches_) readings.push_back(cache.read());
  auto family = [&](std::string_view name, std::string_view type, std::string_view help,
                    std::uint64_t CacheStats::*value) {
    header(name, type, help);
    for (std::size_t i = 0; i < caches_.size(); ++i) {
      out += fmt::format("{}{{cache=\"{}\"}} {}\n", name, caches_[i].name, readings[i].*value);
    }
  };
  family("lys_cache_entries", "gauge", "Entries a cache holds, by cache.", &CacheStats::entries);
  family("lys_cache_bytes", "gauge", "Estimated memory a cache holds, by cache.",
         &CacheStats::bytes);
  family("lys_cache_hits_total", "counter", "Lookups a cache answered, by cache.",
         &CacheStats::hits);
  family("lys_cache_misses_total", "counter",
         "Lookups a cache could not answer (the entry was built), by cache.", &CacheStats::misses);
  return out;
}

}  // namespace lys::http
