// /healthz, /readyz, /metrics and unknown routes of a real server.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

TEST(Probes, HealthzAndReadyzAnswer200) {
  TestDatabase database = TestDatabase::sqlite();
  TestServer server(probe_server(), database);
  HttpResponse health = get(server.port(), "/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body, "ok\n");
  HttpResponse ready = get(server.port(), "/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(server.process().terminate(), 0);
}

TEST(Probes, UnknownRoutesAre404AndProbesOnlyTakeGet) {
  TestDatabase database = TestDatabase::sqlite();
  TestServer server(probe_server(), database);
  EXPECT_EQ(get(server.port(), "/").status, 404);
  EXPECT_EQ(get(server.port(), "/graphql/extra").status, 404);
  EXPECT_EQ(get(server.port(), "/etc/passwd").status, 404);
  EXPECT_EQ(get(server.port(), "/../CMakeLists.txt").status, 404);
  HttpResponse post = send_request(server.port(), {"POST", "/healthz", {}, "x"});
  EXPECT_EQ(post.status, 405);
  EXPECT_EQ(post.header("Allow"), "GET, HEAD");
  EXPECT_EQ(server.process().terminate(), 0);
}

TEST(Probes, MetricsExposeCountersThatMove) {
  TestDatabase database = TestDatabase::sqlite();
  TestServer server(probe_server(), database);
  HttpResponse before = get(server.port(), "/metrics");
  ASSERT_EQ(before.status, 200);
  EXPECT_EQ(before.header("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
  for (const char* line :
       {"# TYPE lys_http_requests_total counter",
        "# TYPE lys_http_request_duration_seconds histogram",
        "# TYPE lys_sql_statements_total counter", "# TYPE lys_db_pool_connections gauge",
        "lys_db_pool_connections{state=\"in_use\"} 0"}) {
    EXPECT_NE(before.body.find(line), std::string::npos) << line << "\n" << before.body;
  }

  double ok_before = metric_value(before.body, "lys_http_requests_total{status=\"200\"}").value();
  double count_before =
      metric_value(before.body, "lys_http_request_duration_seconds_count").value();
  std::uint64_t statements_before = server.statements_executed();
  Json response = server.post_graphql("{ notes { totalCount } }");
  ASSERT_TRUE(response);
  get(server.port(), "/nowhere");

  HttpResponse after = get(server.port(), "/metrics");
  // Since the first scrape: the statements scrape, the query, the 404 and the first scrape.
  EXPECT_EQ(metric_value(after.body, "lys_http_requests_total{status=\"200\"}").value(),
            ok_before + 3);
  EXPECT_EQ(metric_value(after.body, "lys_http_requests_total{status=\"404\"}").value(), 1);
  EXPECT_EQ(metric_value(after.body, "lys_http_request_duration_seconds_count").value(),
            count_before + 4);
  EXPECT_EQ(metric_value(after.body, "lys_http_request_duration_seconds_bucket{le=\"+Inf\"}"),
            metric_value(after.body, "lys_http_request_duration_seconds_count"));
  EXPECT_GT(metric_value(after.body, "lys_sql_statements_total").value(),
            static_cast<double>(statements_before));
  EXPECT_GE(metric_value(after.body, "lys_db_pool_connections{state=\"total\"}").value(), 1);
  EXPECT_EQ(server.process().terminate(), 0);
}

}  // namespace
}  // namespace lys::e2e
