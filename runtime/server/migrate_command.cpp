#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "lys/db/migrator.h"
#include "server/commands.h"

namespace lys::server {

namespace {

// "applied 0002_x" per migration, or "nothing to apply" (`verb` "applied", `action`
// "apply").
void print_names(const std::vector<std::string>& names, const char* verb, const char* action) {
  if (names.empty()) std::printf("nothing to %s\n", action);
  for (const std::string& name : names) std::printf("%s %s\n", verb, name.c_str());
}

void print_statuses(const std::vector<db::MigrationStatus>& statuses) {
  for (const db::MigrationStatus& status : statuses) {
    std::string note = status.edited         ? "  (edited since applied)"
                       : status.missing_file ? "  (file missing)"
                                             : "";
    std::string line = fmt::format("{:<8} {:<40} {}{}", status.applied ? "applied" : "pending",
                                   status.name, status.applied_at.value_or(""), note);
    // A pending migration has no time: no padding left dangling after its name.
    line.erase(line.find_last_not_of(' ') + 1);
    std::printf("%s\n", line.c_str());
  }
}

}  // namespace

int migrate(const Config& config, const std::vector<std::string>& operands) {
  std::unique_ptr<db::Database> database = db::Database::open(database_options(config));
  db::Migrator migrator(*database, config.migrations_dir);
  const std::string& action = operands.at(0);
  if (action == "up") {
    print_names(migrator.up(), "applied", "apply");
  } else if (action == "down") {
    int count = operands.size() > 1 ? std::stoi(operands[1]) : 1;
    print_names(migrator.down(count), "reverted", "revert");
  } else if (action == "status") {
    print_statuses(migrator.status());
  } else {
    print_statuses(migrator.history());
  }
  return kExitOk;
}

}  // namespace lys::server
