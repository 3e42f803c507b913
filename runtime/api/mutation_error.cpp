#include "api/mutation_error.h"

namespace lys::api {

namespace {
[[noreturn]] void throw_error(std::string code, std::string message) {
  graphql::Error error;
  error.code = std::move(code);
  error.message = std::move(message);
  throw MutationError(std::move(error));
}
}  // namespace

void throw_bad_input(std::string_view path, std::string message) {
  graphql::Error error;
  error.code = "BAD_USER_INPUT";
  error.message = std::move(message);
  if (!path.empty()) error.extensions.emplace_back("field", std::string(path));
  throw MutationError(std::move(error));
}

void throw_conflict(std::string message) {
  throw_error("CONFLICT", std::move(message));
}

void throw_not_found(std::string message) {
  throw_error("NOT_FOUND", std::move(message));
}

void throw_forbidden(std::string message) {
  throw_error("FORBIDDEN", std::move(message));
}

void throw_unauthenticated(std::string message) {
  throw_error("UNAUTHENTICATED", std::move(message));
}

}  // namespace lys::api
