// GraphQL over HTTP requests: a POST's JSON body or a GET's query string, turned into
// the executor's Request, or the error the client gets (always BAD_USER_INPUT: the
// document itself is parsed by the executor).
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "lys/graphql/executor.h"

namespace lys::http {

struct RequestError {
  std::string message;
};

using ParsedRequest = std::variant<graphql::Request, RequestError>;

// {"query": "…", "variables": {…} | null, "operationName": "…" | null}
ParsedRequest parse_json_request(std::string_view body);

// query=…&variables=…&operationName=…, form-URL-encoded; variables is JSON text.
ParsedRequest parse_query_string(std::string_view query_string);

// True for application/json, with or without parameters (charset=utf-8).
bool is_json_content_type(std::string_view content_type);

}  // namespace lys::http
