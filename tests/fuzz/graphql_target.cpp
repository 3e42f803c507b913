#include "tests/fuzz/graphql_target.h"

#include <cJSON.h>

#include <fstream>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>

#include "graphql/engine.h"
#include "lys/access/session.h"

namespace lys::fuzz {

namespace {

using JsonPtr = std::unique_ptr<cJSON, decltype(&cJSON_Delete)>;

// The codes the engine itself may answer with (API.md). INTERNAL is not among them:
// every root field has a resolver here, so the engine has no fault to report.
const std::set<std::string, std::less<>> kEngineCodes = {
    "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_USER_INPUT", "BAD_REQUEST",
    "TOO_COMPLEX"};

std::string read_schema() {
  std::ifstream in(LYS_CATALOG_SDL, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " LYS_CATALOG_SDL);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void answer_null(graphql::Executor& executor, const graphql::NamedType* root) {
  if (root == nullptr) return;
  for (const graphql::FieldDefinition& field : root->fields) {
    executor.set_resolver(root->name, field.name,
                          [](const graphql::FieldSelection&, graphql::ResolveContext&,
                             std::string& out) -> std::optional<graphql::Error> {
                            out += "null";
                            return std::nullopt;
                          });
  }
}

// One executor for the whole run, as a server has: its document cache is under test too.
graphql::Executor& catalog_executor() {
  static const std::unique_ptr<graphql::Executor> executor = [] {
    auto created = graphql::Executor::create(read_schema(), graphql::ExecutorOptions{});
    const graphql::Schema& schema = dynamic_cast<graphql::Engine&>(*created).schema();
    answer_null(*created, schema.query_type());
    answer_null(*created, schema.mutation_type());
    return created;
  }();
  return *executor;
}

bool is_positive_number(const cJSON* item) {
  return cJSON_IsNumber(item) && item->valuedouble >= 1;
}

std::string broken_error(const cJSON* error) {
  if (!cJSON_IsObject(error)) return "an error that is not an object";
  const cJSON* message = cJSON_GetObjectItemCaseSensitive(error, "message");
  if (!cJSON_IsString(message) || *message->valuestring == '\0') return "an error without message";
  const cJSON* extensions = cJSON_GetObjectItemCaseSensitive(error, "extensions");
  const cJSON* code = cJSON_GetObjectItemCaseSensitive(extensions, "code");
  if (!cJSON_IsString(code)) return "an error without extensions.code";
  if (!kEngineCodes.contains(code->valuestring)) {
    return std::string("an error with code ") + code->valuestring;
  }
  const cJSON* location = nullptr;
  cJSON_ArrayForEach(location, cJSON_GetObjectItemCaseSensitive(error, "locations")) {
    if (!is_positive_number(cJSON_GetObjectItemCaseSensitive(location, "line")) ||
        !is_positive_number(cJSON_GetObjectItemCaseSensitive(location, "column"))) {
      return "a location without a positive line and column";
    }
  }
  return {};
}

// The response must be one JSON object, {"data": …} and/or {"errors": [...]}, each error
// as the spec and API.md shape it; a request error (400) has no data.
std::string broken_response(const graphql::Response& response, bool& has_errors) {
  if (response.http_status != 200 && response.http_status != 400) {
    return "HTTP status " + std::to_string(response.http_status);
  }
  JsonPtr body(cJSON_ParseWithLengthOpts(response.body.data(), response.body.size(), nullptr,
                                         /*require_null_terminated=*/false),
               cJSON_Delete);
  if (body == nullptr || !cJSON_IsObject(body.get())) return "a body that is not a JSON object";
  const cJSON* data = cJSON_GetObjectItemCaseSensitive(body.get(), "data");
  const cJSON* errors = cJSON_GetObjectItemCaseSensitive(body.get(), "errors");
  for (const cJSON* member = body->child; member != nullptr; member = member->next) {
    if (member != data && member != errors) return std::string("a member ") + member->string;
  }
  if (errors != nullptr && (!cJSON_IsArray(errors) || cJSON_GetArraySize(errors) == 0)) {
    return "errors that are not a non-empty list";
  }
  has_errors = errors != nullptr;
  if (data == nullptr && !has_errors) return "neither data nor errors";
  if (data != nullptr && !cJSON_IsObject(data) && !cJSON_IsNull(data)) return "data not an object";
  if (response.http_status == 400 && (data != nullptr || !has_errors)) {
    return "a 400 with data or without errors";
  }
  const cJSON* error = nullptr;
  cJSON_ArrayForEach(error, errors) {
    if (std::string broken = broken_error(error); !broken.empty()) return broken;
  }
  return {};
}

// The input up to its next NUL byte (all of it if none), which is consumed with it.
std::string_view next_part(std::string_view& input) {
  std::size_t nul = input.find('\0');
  std::string_view part = input.substr(0, nul);
  input.remove_prefix(nul == std::string_view::npos ? input.size() : nul + 1);
  return part;
}

}  // namespace

GraphqlRun run_graphql(std::string_view input) {
  GraphqlRun run;
  graphql::Request request;
  request.query = std::string(next_part(input));
  std::string_view variables = next_part(input);
  try {
    if (!variables.empty()) request.variables = graphql::parse_variables(variables);
  } catch (const std::invalid_argument&) {
    return run;
  }
  request.operation_name = std::string(input);
  run.ran = true;
  graphql::Executor& executor = catalog_executor();
  const access::Session anonymous;
  graphql::Response first = executor.execute(request, anonymous);
  run.http_status = first.http_status;
  run.broken = broken_response(first, run.has_errors);
  if (!run.broken.empty()) return run;
  // The second time the document comes from the cache (with its reusable selection tree).
  graphql::Response again = executor.execute(request, anonymous);
  if (again.http_status != first.http_status || again.body != first.body) {
    run.broken = "the cached document answered otherwise";
  }
  return run;
}

}  // namespace lys::fuzz
