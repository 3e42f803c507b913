#include "server/help.h"

#include <fmt/format.h>

namespace lys::server {

std::string program_help(std::string_view program) {
  return fmt::format(
      "Usage: {0} COMMAND [OPTIONS]\n"
      "\n"
      "Commands:\n"
      "  serve                       serve the GraphQL API over HTTP\n"
      "  migrate up|down [N]|status|history\n"
      "                              apply, revert or list the database migrations\n"
      "  fixtures load               load the seed data of an environment\n"
      "  schema                      print the GraphQL schema (SDL)\n"
      "  users create-admin --email EMAIL [--password-stdin]\n"
      "                              create a user holding the ADMIN role\n"
      "\n"
      "Run '{0} COMMAND --help' for a command's options and environment variables.\n"
      "Exit status: 0 done, 1 the operation failed, 2 usage error.\n",
      program);
}

std::string command_help(std::string_view program, Command command) {
  std::string synopsis;
  switch (command) {
    case kServe:
      synopsis = fmt::format(
          "Usage: {} serve [OPTIONS]\n\n"
          "Serves POST/GET /graphql, /healthz, /readyz and /metrics until SIGTERM or SIGINT,\n"
          "then lets requests in flight finish and exits 0. Prints 'listening on URL' once\n"
          "ready.\n",
          program);
      break;
    case kMigrate:
      synopsis = fmt::format(
          "Usage: {} migrate up | down [N] | status | history [OPTIONS]\n\n"
          "  up       apply every pending migration, each in its own transaction\n"
          "  down [N] revert the last N applied migrations (default 1)\n"
          "  status   every migration, applied or pending\n"
          "  history  the applied migrations, in the order applied\n",
          program);
      break;
    case kFixtures:
      synopsis = fmt::format(
          "Usage: {} fixtures load [OPTIONS]\n\n"
          "Loads the schema's fixtures for the environment; running it again changes nothing.\n",
          program);
      break;
    case kUsers:
      synopsis = fmt::format(
          "Usage: {} users create-admin --email EMAIL [--password-stdin] [OPTIONS]\n\n"
          "Creates a user holding the ADMIN role (run 'fixtures load' first: it creates the\n"
          "role). The password is read from standard input with --password-stdin, else asked\n"
          "for twice at the terminal, never echoed; it needs at least 12 characters. Fails\n"
          "when a user has that email already.\n\n"
          "  --email EMAIL         the administrator's sign-in email\n"
          "  --password-stdin      read the password from standard input\n",
          program);
      break;
    case kSchema:
      return fmt::format(
          "Usage: {} schema\n\nPrints the GraphQL schema (SDL) the server serves.\n\n"
          "Options:\n  --help                show this help\n",
          program);
  }
  return synopsis + "\n" + settings_help(command);
}

}  // namespace lys::server
