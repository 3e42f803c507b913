// The generated GraphQL API at run time: the root resolvers for every entity of the
// model (node, nodes, by-id, connections, create/update/delete) and for the schema's
// named queries and mutations. `extern` operations are C++ functions the user writes;
// the generated code registers them by GraphQL name.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "lys/api/sign_in.h"
#include "lys/db/database.h"
#include "lys/graphql/executor.h"
#include "lys/model/model.h"
#include "lys/query/planner.h"

namespace lys::api {

// What an extern operation's implementation gets.
struct ExternCall {
  const graphql::FieldSelection& field;  // arguments already coerced
  graphql::ResolveContext& context;      // the session
  db::Database& database;
};

// Writes the operation's JSON result to `out`, or returns the error.
using ExternResolver =
    std::function<std::optional<graphql::Error>(ExternCall& call, std::string& out)>;

class ExternRegistry {
 public:
  void add(std::string graphql_name, ExternResolver resolver) {
    resolvers_[std::move(graphql_name)] = std::move(resolver);
  }
  const ExternResolver* find(std::string_view graphql_name) const {
    auto it = resolvers_.find(std::string(graphql_name));
    return it == resolvers_.end() ? nullptr : &it->second;
  }

 private:
  std::map<std::string, ExternResolver> resolvers_;
};

struct ApiOptions {
  // What went wrong inside (a database's message, an exception's) in INTERNAL errors:
  // for dev only, never elsewhere.
  bool error_detail = false;
  SignInOptions sign_in{};
};

// Registers every root resolver of the model's API on the executor, all planning their
// statements with one planner, which it returns (its plan cache's statistics are on
// /metrics). Fails (throws std::invalid_argument) when an extern operation of the model
// has no implementation.
std::shared_ptr<const query::Planner> register_api(graphql::Executor& executor,
                                                   const model::Model& model,
                                                   db::Database& database,
                                                   const ExternRegistry& externs,
                                                   ApiOptions options = {});

}  // namespace lys::api
