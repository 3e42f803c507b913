// How a mutation fails: a GraphQL error thrown from wherever the failure is found
// (input coercion, a statement, a missing row) and caught once, at the root
// resolver, after the transaction has rolled back.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include "lys/graphql/value.h"

namespace lys::api {

class MutationError : public std::exception {
 public:
  explicit MutationError(graphql::Error error) : error_(std::move(error)) {}
  const char* what() const noexcept override { return error_.message.c_str(); }
  const graphql::Error& error() const { return error_; }

 private:
  graphql::Error error_;
};

// BAD_USER_INPUT with extensions.field = `path` ("input.price"); no field when empty.
[[noreturn]] void throw_bad_input(std::string_view path, std::string message);
[[noreturn]] void throw_conflict(std::string message);
[[noreturn]] void throw_not_found(std::string message);
[[noreturn]] void throw_forbidden(std::string message);
[[noreturn]] void throw_unauthenticated(std::string message);

}  // namespace lys::api
