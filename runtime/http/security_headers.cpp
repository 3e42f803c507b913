#include "http/security_headers.h"

#include <fmt/format.h>

namespace lys::http {

std::string security_headers(int hsts_max_age_seconds) {
  std::string headers =
      "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n"
      "X-Content-Type-Options: nosniff\r\n"
      "X-Frame-Options: DENY\r\n"
      "Referrer-Policy: no-referrer\r\n"
      "Cross-Origin-Resource-Policy: same-origin\r\n"
      "Cross-Origin-Opener-Policy: same-origin\r\n";
  if (hsts_max_age_seconds > 0) {
    headers += fmt::format("Strict-Transport-Security: max-age={}; includeSubDomains\r\n",
                           hsts_max_age_seconds);
  }
  return headers;
}

}  // namespace lys::http
