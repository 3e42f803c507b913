#include "http/graphql_request.h"

#include <cJSON.h>

#include <memory>
#include <string>

#include "codec/ascii.h"
#include "codec/json_document.h"
#include "codec/json_scan.h"
#include "http/request_parser.h"

namespace lys::http {

namespace {

using JsonPtr = codec::JsonDocument;

// Arrays and objects nested deeper than this are refused before cJSON sees them: its
// parser recurses once per level, and a worker thread's stack holds fewer levels than
// cJSON's own limit (1000) under the sanitizers. GraphQL variables need far fewer.
constexpr int kMaxJsonDepth = 128;

RequestError too_deep() {
  return {"JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels is not accepted"};
}

// Refused rather than cut short: strings reach the engine as C strings.
RequestError control_characters() {
  return {
      "JSON with a control character in a string or between tokens, or a \\u0000 in a "
      "string, is not accepted"};
}

// `variables` must be an object (or null, or absent): the engine takes it parsed, in
// the document that holds it.
std::variant<std::shared_ptr<const cJSON>, RequestError> variables_of(
    const std::shared_ptr<const cJSON>& document, const cJSON* variables) {
  if (variables == nullptr || cJSON_IsNull(variables)) return nullptr;
  if (!cJSON_IsObject(variables)) return RequestError{"'variables' must be a JSON object"};
  return std::shared_ptr<const cJSON>(document, variables);
}

std::variant<std::string, RequestError> optional_string(const cJSON* item, std::string_view name) {
  if (item == nullptr || cJSON_IsNull(item)) return std::string();
  if (!cJSON_IsString(item)) return RequestError{"'" + std::string(name) + "' must be a string"};
  return std::string(item->valuestring);
}

// `variables` is null or a member of `variables_document`.
ParsedRequest build(const cJSON* query, const cJSON* operation_name,
                    const std::shared_ptr<const cJSON>& variables_document,
                    const cJSON* variables) {
  if (query == nullptr || cJSON_IsNull(query)) return RequestError{"the request has no 'query'"};
  if (!cJSON_IsString(query)) return RequestError{"'query' must be a string"};
  graphql::Request request;
  request.query = query->valuestring;
  auto name = optional_string(operation_name, "operationName");
  if (auto* error = std::get_if<RequestError>(&name)) return *error;
  request.operation_name = std::get<std::string>(std::move(name));
  auto parsed_variables = variables_of(variables_document, variables);
  if (auto* error = std::get_if<RequestError>(&parsed_variables)) return *error;
  request.variables = std::get<std::shared_ptr<const cJSON>>(std::move(parsed_variables));
  return request;
}

}  // namespace

ParsedRequest parse_json_request(std::string_view body) {
  if (codec::json_nests_deeper_than(body, kMaxJsonDepth)) return too_deep();
  if (codec::json_holds_control_characters(body)) return control_characters();
  std::shared_ptr<const cJSON> document = codec::parse_shared_json_document(body);
  if (!document) return RequestError{"the request body is not valid JSON"};
  if (cJSON_IsArray(document.get())) {
    // A batch would multiply every per-request limit by its length.
    return RequestError{"batched requests are not supported: send one operation per request"};
  }
  if (!cJSON_IsObject(document.get())) {
    return RequestError{"the request body must be a JSON object"};
  }
  return build(cJSON_GetObjectItemCaseSensitive(document.get(), "query"),
               cJSON_GetObjectItemCaseSensitive(document.get(), "operationName"), document,
               cJSON_GetObjectItemCaseSensitive(document.get(), "variables"));
}

ParsedRequest parse_query_string(std::string_view query_string) {
  // The parameters as JSON strings, so both transports share build().
  JsonPtr parameters(cJSON_CreateObject(), cJSON_Delete);
  std::shared_ptr<const cJSON> variables;
  while (!query_string.empty()) {
    std::size_t end = query_string.find('&');
    std::string_view pair = query_string.substr(0, end);
    query_string =
        end == std::string_view::npos ? std::string_view() : query_string.substr(end + 1);
    std::size_t equals = pair.find('=');
    std::string name = percent_decode(pair.substr(0, equals), /*plus_is_space=*/true);
    std::string value = equals == std::string_view::npos
                            ? ""
                            : percent_decode(pair.substr(equals + 1), /*plus_is_space=*/true);
    if (name != "query" && name != "operationName" && name != "variables") continue;
    if (value.find('\0') != std::string::npos) {
      return RequestError{"the parameter '" + name + "' holds a NUL byte"};
    }
    if (cJSON_GetObjectItemCaseSensitive(parameters.get(), name.c_str()) != nullptr) {
      return RequestError{"the parameter '" + name + "' is given twice"};
    }
    cJSON_AddStringToObject(parameters.get(), name.c_str(), value.c_str());
    if (name == "variables" && !value.empty()) {
      if (codec::json_nests_deeper_than(value, kMaxJsonDepth)) return too_deep();
      if (codec::json_holds_control_characters(value)) return control_characters();
      variables = codec::parse_shared_json_document(value);
      if (!variables) return RequestError{"'variables' is not valid JSON"};
    }
  }
  ParsedRequest request = build(cJSON_GetObjectItemCaseSensitive(parameters.get(), "query"),
                                cJSON_GetObjectItemCaseSensitive(parameters.get(), "operationName"),
                                variables, variables.get());
  if (auto* parsed = std::get_if<graphql::Request>(&request)) parsed->via_get = true;
  return request;
}

bool is_json_content_type(std::string_view content_type) {
  std::string_view media_type =
      codec::trim_whitespace(content_type.substr(0, content_type.find(';')));
  return codec::equals_ignoring_case(media_type, "application/json");
}

}  // namespace lys::http
