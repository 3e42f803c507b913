// `users create-admin`: the first administrator of a new deployment, who then grants
// roles to everyone else through the API.
#include <fmt/format.h>

#include <cstdio>
#include <stdexcept>

#include "api/sign_in_store.h"
#include "lys/access/permissions.h"
#include "lys/auth/password.h"
#include "server/commands.h"
#include "server/password_prompt.h"

namespace lys::server {

namespace {

void check_email(const std::string& email) {
  std::size_t at = email.find('@');
  if (at == std::string::npos || at == 0 || at + 1 == email.size() || email.size() > 255 ||
      email.find_first_of(" \t\r\n") != std::string::npos) {
    throw UsageError(fmt::format("invalid email '{}'", email));
  }
}

}  // namespace

AdminRequest take_admin_flags(std::vector<std::string>& arguments) {
  AdminRequest request;
  std::vector<std::string> rest;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& argument = arguments[i];
    if (argument == "--password-stdin") {
      request.password_stdin = true;
    } else if (argument.starts_with("--email=")) {
      request.email = argument.substr(8);
    } else if (argument == "--email") {
      if (i + 1 == arguments.size()) throw UsageError("option '--email' needs a value");
      request.email = arguments[++i];
    } else {
      rest.push_back(argument);
    }
  }
  arguments = std::move(rest);
  return request;
}

void check_admin_request(const AdminRequest& request) {
  if (request.email.empty()) throw UsageError("expected --email EMAIL");
  check_email(request.email);
}

int create_admin(const Config& config, const AdminRequest& request) {
  std::string password = request.password_stdin ? read_password_stdin() : prompt_new_password();
  if (std::string weakness = auth::password_weakness(password, request.email); !weakness.empty()) {
    throw std::runtime_error(weakness);
  }
  std::string hash = auth::hash_password(password);

  std::unique_ptr<db::Database> database = db::Database::open(database_options(config));
  db::Database::Lease connection = database->acquire();
  db::Transaction transaction(*connection);
  if (api::sign_in::find_account(*connection, request.email)) {
    throw std::runtime_error(
        fmt::format("a user with the email '{}' already exists", request.email));
  }
  const std::string admin(access::kAdminRole);
  if (!api::sign_in::role_exists(*connection, admin)) {
    throw std::runtime_error("the role ADMIN does not exist: run 'fixtures load' first");
  }
  std::string user_id = api::sign_in::insert_user(*connection, request.email, hash);
  api::sign_in::grant_role(*connection, user_id, admin);
  transaction.commit();
  std::printf("created the administrator %s (user %s)\n", request.email.c_str(), user_id.c_str());
  return kExitOk;
}

}  // namespace lys::server
