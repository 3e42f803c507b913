#include "http/response.h"

#include <cJSON.h>
#include <fmt/format.h>

#include <chrono>
#include <ctime>
#include <memory>

namespace lys::http {

namespace {

// The Date header's value (RFC 9110 IMF-fixdate), formatted once per second per thread.
const std::string& http_date() {
  thread_local std::time_t formatted_at = -1;
  thread_local std::string text;
  std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  if (now != formatted_at) {
    std::tm utc{};
    gmtime_r(&now, &utc);
    static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    text =
        fmt::format("{}, {:02} {} {} {:02}:{:02}:{:02} GMT", kDays[utc.tm_wday], utc.tm_mday,
                    kMonths[utc.tm_mon], utc.tm_year + 1900, utc.tm_hour, utc.tm_min, utc.tm_sec);
    formatted_at = now;
  }
  return text;
}

}  // namespace

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

std::string serialize(const Response& response, std::string_view common_headers, bool head_request,
                      bool keep_alive) {
  std::string bytes;
  bytes.reserve(256 + common_headers.size() + (head_request ? 0 : response.body.size()));
  bytes.append("HTTP/1.1 ")
      .append(std::to_string(response.status))
      .append(" ")
      .append(reason_phrase(response.status))
      .append("\r\nContent-Type: ")
      .append(response.content_type)
      .append("\r\nContent-Length: ")
      .append(std::to_string(response.body.size()))
      .append("\r\nCache-Control: no-store\r\nDate: ")
      .append(http_date())
      .append(keep_alive ? "\r\nConnection: keep-alive\r\n" : "\r\nConnection: close\r\n")
      .append(common_headers);
  for (const auto& [name, value] : response.headers) {
    bytes.append(name).append(": ").append(value).append("\r\n");
  }
  bytes.append("\r\n");
  if (!head_request) bytes.append(response.body);
  return bytes;
}

std::string_view reason_phrase(int status) {
  switch (status) {
    case 200:
      return "OK";
    case 204:
      return "No Content";
    case 400:
      return "Bad Request";
    case 401:
      return "Unauthorized";
    case 403:
      return "Forbidden";
    case 404:
      return "Not Found";
    case 405:
      return "Method Not Allowed";
    case 406:
      return "Not Acceptable";
    case 408:
      return "Request Timeout";
    case 409:
      return "Conflict";
    case 413:
      return "Content Too Large";
    case 415:
      return "Unsupported Media Type";
    case 422:
      return "Unprocessable Content";
    case 429:
      return "Too Many Requests";
    case 431:
      return "Request Header Fields Too Large";
    case 500:
      return "Internal Server Error";
    case 501:
      return "Not Implemented";
    case 503:
      return "Service Unavailable";
    case 505:
      return "HTTP Version Not Supported";
    default:
      return status < 400 ? "OK" : status < 500 ? "Bad Request" : "Internal Server Error";
  }
}

}  // namespace lys::http
