// The GraphQL engine: parses, validates and executes requests against a schema given
// as SDL text (the model's `sdl`). It resolves introspection and `__typename` at the
// root itself; every other root field goes to a resolver registered for it, which
// writes that field's complete JSON value (the planner builds it in the database).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "lys/access/session.h"
#include "lys/cache_stats.h"
#include "lys/graphql/query_limits.h"
#include "lys/graphql/selection.h"
#include "lys/graphql/value.h"

struct cJSON;

namespace lys::graphql {

struct ExecutorOptions {
  bool introspection = true;  // off in preprod and prod
  bool suggestions = true;    // "did you mean" in validation errors; off in preprod and prod
  QueryLimits limits;
};

struct Request {
  std::string query;
  std::string operation_name;  // empty: the document's only operation
  // The "variables" object as the transport parsed it (it may share ownership of the
  // whole request document), or null when none was given.
  std::shared_ptr<const cJSON> variables;
  bool via_get = false;  // GET requests may not run mutations
  // When set, a mutation is refused with this error and HTTP 403 (a request signed in
  // by cookie without its XSRF token); queries run.
  std::optional<Error> mutation_refusal{};
  std::string cookies{};  // the Cookie header, for sign-in with cookies; empty when none
};

// Request::variables from JSON text, for callers that hold the text ("" for none).
// Throws std::invalid_argument when the text is not one JSON value, or holds what
// would cut a string short (codec::json_holds_control_characters).
std::shared_ptr<const cJSON> parse_variables(std::string_view json);

// What a resolver sees besides its field.
struct ResolveContext {
  const access::Session& session;
  std::vector<PathSegment> path;                    // the root field's response key
  std::string_view cookies{};                       // the request's Cookie header
  std::vector<std::string>* set_cookies = nullptr;  // the response's Set-Cookie values
};

// Writes the field's JSON value (object, array, scalar or null) to `out`, or returns
// the error that makes the field null.
using RootResolver = std::function<std::optional<Error>(const FieldSelection& field,
                                                        ResolveContext& context, std::string& out)>;

struct Response {
  int http_status = 200;  // per GraphQL over HTTP: 400 when the request cannot run, 405 for a
                          // mutation over GET
  std::string body;       // {"data": …, "errors": […]}
  std::vector<std::string> set_cookies{};  // Set-Cookie values the resolvers asked for
};

class Executor {
 public:
  // Throws std::invalid_argument when the SDL is not a valid schema.
  static std::unique_ptr<Executor> create(std::string_view sdl, ExecutorOptions options);
  virtual ~Executor() = default;

  // type_name is "Query" or "Mutation".
  virtual void set_resolver(const std::string& type_name, const std::string& field_name,
                            RootResolver resolver) = 0;
  virtual Response execute(const Request& request, const access::Session& session) = 0;
  // The cache of parsed and validated documents, keyed by query text.
  virtual CacheStats document_cache_stats() const = 0;
};

}  // namespace lys::graphql
