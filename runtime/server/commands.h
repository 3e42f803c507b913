// The commands of the generated server (API.md), each returning the exit code:
// 0 done, 1 the operation failed. Usage errors are found before they run.
#pragma once

#include <string>
#include <vector>

#include "lys/api/api.h"
#include "lys/model/model.h"
#include "server/config.h"

namespace lys::server {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailed = 1;
inline constexpr int kExitUsage = 2;

// Serves the API until SIGTERM or SIGINT, then drains and exits 0.
int serve(const Config& config, const model::Model& model, const api::ExternRegistry& externs);

// operands: up | down [N] | status | history (checked by the caller).
int migrate(const Config& config, const std::vector<std::string>& operands);

// Loads the fixtures of config.environment.
int load_fixtures(const Config& config, const model::Model& model);

// `users create-admin --email EMAIL [--password-stdin]`: a user holding ADMIN.
struct AdminRequest {
  std::string email;
  bool password_stdin = false;  // else prompted for at the terminal
};
// Takes the command's own flags out of `arguments`; throws UsageError.
AdminRequest take_admin_flags(std::vector<std::string>& arguments);
void check_admin_request(const AdminRequest& request);  // throws UsageError
int create_admin(const Config& config, const AdminRequest& request);

}  // namespace lys::server
