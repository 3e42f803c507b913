// The same server over PostgreSQL (LYS_TEST_PG_URL), and readiness when it goes away.
#include <gtest/gtest.h>

#include "support/test_server.h"

namespace lys::e2e {
namespace {

TEST(Postgres, ServesQueriesAndMutations) {
  TestDatabase database = TestDatabase::postgres();
  TestServer server(probe_server(), database);
  Json created =
      server.post_graphql(R"(mutation { createNote(input: {title: "pg"}) { note { title } } })");
  ASSERT_TRUE(created);
  EXPECT_EQ(first_error_code(created.get()), "");
  HttpResponse listed =
      server.post_graphql_raw("{ notes(orderBy: [{field: TITLE}]) { nodes { title } } }");
  EXPECT_EQ(listed.status, 200);
  EXPECT_EQ(listed.body, R"({"data":{"notes":{"nodes":[{"title":"hello"},{"title":"pg"}]}}})");
  EXPECT_EQ(server.process().terminate(), 0);
}

TEST(Postgres, ReadyzIs503WhenTheDatabaseIsGone) {
  TestDatabase database = TestDatabase::postgres();
  TestServer server(probe_server(), database);
  EXPECT_EQ(get(server.port(), "/readyz").status, 200);
  database.drop();
  EXPECT_TRUE(wait_for_ready(server.port(), 503, std::chrono::seconds(20)));
  EXPECT_EQ(get(server.port(), "/healthz").status, 200);
  EXPECT_EQ(server.process().terminate(), 0);
}

}  // namespace
}  // namespace lys::e2e
