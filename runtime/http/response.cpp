#include "http/response.h"

#include <cJSON.h>
#include <civetweb.h>

#include <memory>

namespace lys::http {

Response text_response(int status, std::string body) {
  Response response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

Response graphql_error_response(int status, std::string_view message, std::string_view code) {
  // cJSON escapes the message; these documents are small.
  std::unique_ptr<cJSON, decltype(&cJSON_Delete)> root(cJSON_CreateObject(), cJSON_Delete);
  cJSON* error = cJSON_CreateObject();
  cJSON_AddStringToObject(error, "message", std::string(message).c_str());
  cJSON* extensions = cJSON_AddObjectToObject(error, "extensions");
  cJSON_AddStringToObject(extensions, "code", std::string(code).c_str());
  cJSON* errors = cJSON_AddArrayToObject(root.get(), "errors");
  cJSON_AddItemToArray(errors, error);
  std::unique_ptr<char, decltype(&cJSON_free)> text(cJSON_PrintUnformatted(root.get()), cJSON_free);
  Response response;
  response.status = status;
  response.content_type = kJson;
  response.body = text ? text.get() : "";
  return response;
}

Response method_not_allowed(std::string_view allow) {
  Response response = text_response(405, "method not allowed\n");
  response.headers.emplace_back("Allow", allow);
  return response;
}

void send(mg_connection* connection, const Response& response, bool head_request) {
  mg_response_header_start(connection, response.status);
  mg_response_header_add(connection, "Content-Type", response.content_type.c_str(), -1);
  mg_response_header_add(connection, "Content-Length", std::to_string(response.body.size()).c_str(),
                         -1);
  mg_response_header_add(connection, "Cache-Control", "no-store", -1);
  mg_response_header_add(connection, "X-Content-Type-Options", "nosniff", -1);
  for (const auto& [name, value] : response.headers) {
    mg_response_header_add(connection, name.c_str(), value.c_str(), -1);
  }
  mg_response_header_send(connection);
  if (!head_request && !response.body.empty()) {
    mg_write(connection, response.body.data(), response.body.size());
  }
}

}  // namespace lys::http
