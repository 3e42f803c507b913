// `catalog-server users create-admin`: the first administrator, created from the
// command line, signs in with the API and holds ADMIN.
#include <gtest/gtest.h>

#include "support/catalog.h"
#include "support/sign_in.h"

namespace lys::e2e {
namespace {

constexpr const char* kRoot = "root@example.com";
constexpr const char* kRootPassword = "correct horse battery staple";

class CatalogCreateAdmin : public FreshCatalogTest {
 protected:
  CommandResult create_admin(const std::vector<std::string>& arguments,
                             const std::optional<std::string>& input) {
    std::vector<std::string> command{"users", "create-admin"};
    command.insert(command.end(), arguments.begin(), arguments.end());
    return run_command(catalog_binary().path, command,
                       server_environment(catalog_binary(), catalog().database()), input);
  }

  std::int64_t users() { return SqlProbe(catalog().database().url()).count("auth_user"); }
};
LYS_CATALOG_SUITE(CatalogCreateAdmin);

TEST_P(CatalogCreateAdmin, TheAdministratorSignsInHoldingAdmin) {
  CommandResult created =
      create_admin({"--email", kRoot, "--password-stdin"}, std::string(kRootPassword) + "\n");
  ASSERT_EQ(created.exit_code, 0) << created.err;
  EXPECT_TRUE(created.out.starts_with("created the administrator root@example.com (user "))
      << created.out;

  HttpResponse signed_in = login(catalog().server(), kRoot, kRootPassword);
  std::string token = text_at(parse_json(signed_in.body).get(), "data.login.accessToken");
  ASSERT_FALSE(token.empty()) << signed_in.body;
  // ADMIN passes every rule: every user is visible.
  HttpResponse users = catalog().server().post_graphql_with_token(
      token, "{ users(orderBy: [{field: EMAIL}]) { nodes { email } } }");
  EXPECT_EQ(users.body, R"({"data":{"users":{"nodes":[{"email":"alice@example.com"},)"
                        R"({"email":"bob@example.com"},{"email":"root@example.com"}]}}})");
}

TEST_P(CatalogCreateAdmin, AnEmailInUseIsAnError) {
  ASSERT_EQ(
      create_admin({"--email=" + std::string(kRoot), "--password-stdin"}, kRootPassword).exit_code,
      0);
  CommandResult again =
      create_admin({"--email", "ROOT@example.com", "--password-stdin"}, kRootPassword);
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("a user with the email 'ROOT@example.com' already exists"),
            std::string::npos)
      << again.err;
  EXPECT_EQ(users(), 3);
}

TEST_P(CatalogCreateAdmin, WeakPasswordsAreRefused) {
  for (const auto& [password, reason] : std::vector<std::pair<std::string, std::string>>{
           {"", "the password is empty"},
           {"\n", "the password is empty"},
           {"short-one", "the password is too short: at least 12 characters"},
           {"aaaaaaaaaaaaaaaa", "the password is one character repeated"},
           {kRoot, "the password is the email"}}) {
    CommandResult result = create_admin({"--email", kRoot, "--password-stdin"}, password);
    EXPECT_EQ(result.exit_code, 1) << password;
    EXPECT_NE(result.err.find(reason), std::string::npos) << result.err;
  }
  EXPECT_EQ(users(), 2);
}

TEST_P(CatalogCreateAdmin, UsageErrorsExit2) {
  for (const std::vector<std::string>& arguments :
       {std::vector<std::string>{"--password-stdin"},
        std::vector<std::string>{"--email", "not-an-email", "--password-stdin"},
        std::vector<std::string>{"--email"}}) {
    CommandResult result = create_admin(arguments, kRootPassword);
    EXPECT_EQ(result.exit_code, 2) << result.err;
  }
  CommandResult help = run_command(catalog_binary().path, {"users", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("users create-admin --email EMAIL [--password-stdin]"), std::string::npos)
      << help.out;
}

}  // namespace
}  // namespace lys::e2e
