// The /metrics exposition: Prometheus text, each family's HELP and TYPE once, then its
// samples, read from a real (SQLite) database's counters and the caches the server names.
#include "http/metrics.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <string>

namespace lys::http {
namespace {

class MetricsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // ctest runs tests in parallel processes: one file per process.
    path_ = std::filesystem::temp_directory_path() /
            ("lys_metrics_test_" + std::to_string(::getpid()) + ".db");
    database_ = db::Database::open({.url = "sqlite:" + path_.string(), .pool_size = 2});
  }
  void TearDown() override {
    database_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(path_.string() + suffix);
    }
  }

  std::filesystem::path path_;
  std::unique_ptr<db::Database> database_;
};

// Each sample, a whole line of the exposition.
void expect_samples(const std::string& text, std::initializer_list<const char*> samples) {
  for (const char* sample : samples) {
    EXPECT_NE(text.find(std::string("\n") + sample + "\n"), std::string::npos) << sample << " in\n"
                                                                               << text;
  }
}

TEST_F(MetricsTest, CountsRequestsByStatusInCumulativeBuckets) {
  Metrics metrics;
  metrics.record(200, std::chrono::milliseconds(3));
  metrics.record(200, std::chrono::seconds(20));
  metrics.record(404, std::chrono::microseconds(10));
  expect_samples(
      metrics.render(*database_),
      {"lys_http_requests_total{status=\"200\"} 2", "lys_http_requests_total{status=\"404\"} 1",
       "lys_http_request_duration_seconds_bucket{le=\"0.001\"} 1",
       "lys_http_request_duration_seconds_bucket{le=\"0.005\"} 2",
       "lys_http_request_duration_seconds_bucket{le=\"10\"} 2",
       "lys_http_request_duration_seconds_bucket{le=\"+Inf\"} 3",
       "lys_http_request_duration_seconds_count 3"});
}

TEST_F(MetricsTest, ReportsEachCacheUnderItsLabelAndEachFamilyOnce) {
  Metrics metrics({{"documents",
                    [] {
                      return CacheStats{3, 4096, 10, 3};
                    }},
                   {"plans", [] {
                      return CacheStats{2, 300, 7, 2};
                    }}});
  const std::string text = metrics.render(*database_);
  for (const char* sample :
       {"lys_cache_entries{cache=\"documents\"} 3\n", "lys_cache_entries{cache=\"plans\"} 2\n",
        "lys_cache_bytes{cache=\"documents\"} 4096\n", "lys_cache_hits_total{cache=\"plans\"} 7\n",
        "lys_cache_misses_total{cache=\"documents\"} 3\n",
        "lys_sql_statements_prepared_total 0\n"}) {
    EXPECT_NE(text.find(sample), std::string::npos) << sample << " in\n" << text;
  }
  for (const char* family :
       {"lys_cache_entries", "lys_cache_bytes", "lys_cache_hits_total", "lys_cache_misses_total"}) {
    const std::string type = std::string("# TYPE ") + family + " ";
    const std::size_t first = text.find(type);
    ASSERT_NE(first, std::string::npos) << family;
    EXPECT_EQ(text.find(type, first + 1), std::string::npos) << family;
  }
}

TEST_F(MetricsTest, CountsStatementsPreparedOncePerConnectionAndText) {
  {
    db::Database::Lease connection = database_->acquire();
    connection->query("SELECT 1");
    connection->query("SELECT 1");
    connection->query("SELECT 2");
  }
  EXPECT_EQ(database_->statements_executed(), 3u);
  EXPECT_EQ(database_->statements_prepared(), 2u);
  expect_samples(Metrics().render(*database_), {"lys_sql_statements_prepared_total 2"});
}

}  // namespace
}  // namespace lys::http
