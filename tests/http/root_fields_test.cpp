#include "http/root_fields.h"

#include <gtest/gtest.h>

namespace lys::http {
namespace {

bool signs_in(const std::string& query, const std::string& operation_name = "") {
  graphql::Request request;
  request.query = query;
  request.operation_name = operation_name;
  return selects_root_mutation(request, "login");
}

TEST(RootFieldsTest, FindsTheRootMutationFieldHoweverItIsWritten) {
  EXPECT_TRUE(signs_in(R"(mutation { login(email: "a", password: "b") { token } })"));
  EXPECT_TRUE(signs_in(R"(mutation { x: login(email: "a", password: "b") { token } })"));
  EXPECT_TRUE(signs_in("mutation { ... on Mutation { login { token } } }"));
  EXPECT_TRUE(
      signs_in("mutation { ...F } fragment F on Mutation { ...G } "
               "fragment G on Mutation { login { token } }"));
  EXPECT_TRUE(signs_in("query Q { a } mutation M { login { token } }", "M"));
}

TEST(RootFieldsTest, IgnoresEverythingElse) {
  EXPECT_FALSE(signs_in("{ login }"));
  EXPECT_FALSE(signs_in("query login { me { login } }"));
  EXPECT_FALSE(signs_in("mutation { logout { ok } }"));
  EXPECT_FALSE(signs_in("mutation { createNote(input: {title: \"login\"}) { id } }"));
  EXPECT_FALSE(signs_in("mutation { update { login } }"));
  EXPECT_FALSE(signs_in("query Q { a } mutation M { login { token } }", "Q"));
  // Ambiguous without a name, or not GraphQL: the executor refuses it anyway.
  EXPECT_FALSE(signs_in("query Q { a } mutation M { login { token } }"));
  EXPECT_FALSE(signs_in("mutation { login("));
  // A fragment cycle ends.
  EXPECT_FALSE(signs_in("mutation { ...F } fragment F on Mutation { ...F }"));
}

}  // namespace
}  // namespace lys::http
