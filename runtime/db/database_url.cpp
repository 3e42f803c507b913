#include "db/database_url.h"

#include <libpq-fe.h>

#include "lys/db/connection.h"

namespace lys::db {
namespace {

constexpr std::string_view kSqliteScheme = "sqlite:";

std::string_view password_of(std::string_view url) {
  const std::size_t authority = url.find("://");
  if (authority == std::string_view::npos) return {};
  url.remove_prefix(authority + 3);
  const std::size_t at = url.find('@');
  if (at == std::string_view::npos) return {};
  const std::string_view user_info = url.substr(0, at);
  const std::size_t colon = user_info.find(':');
  return colon == std::string_view::npos ? std::string_view{} : user_info.substr(colon + 1);
}

Error malformed(std::string_view url, const std::string& why) {
  return Error(ErrorKind::Other, without_password("malformed database URL: " + why, url));
}

}  // namespace

std::string without_password(std::string text, std::string_view url) {
  const std::string_view password = password_of(url);
  if (password.empty()) return text;
  for (std::size_t at = text.find(password); at != std::string::npos;
       at = text.find(password, at + 3)) {
    text.replace(at, password.size(), "***");
  }
  return text;
}

DatabaseUrl parse_database_url(std::string_view url) {
  if (url.starts_with(kSqliteScheme)) {
    const std::string_view path = url.substr(kSqliteScheme.size());
    if (path.empty()) throw malformed(url, "'sqlite:' needs a file path, as in sqlite:lys.db");
    return {Dialect::Sqlite, std::string(path)};
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    const std::string uri(url);
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
    if (options == nullptr) {
      std::string why = error ? error : "libpq cannot parse it";
      PQfreemem(error);
      while (!why.empty() && why.back() == '\n') why.pop_back();
      throw malformed(url, why);
    }
    PQconninfoFree(options);
    return {Dialect::Postgres, uri};
  }
  const std::size_t colon = url.find(':');
  if (colon == std::string_view::npos || colon == 0) {
    throw malformed(url, "no scheme; expected sqlite:PATH or postgresql://USER@HOST:PORT/DB");
  }
  throw malformed(url, "unsupported scheme '" + std::string(url.substr(0, colon)) +
                           "'; expected sqlite:PATH or postgresql://USER@HOST:PORT/DB");
}

}  // namespace lys::db
