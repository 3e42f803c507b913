// The headers every response carries, the routes' and the transport's refusals alike: an
// API answers JSON and text only, so browsers are told to run, frame, sniff and refer
// nothing. HSTS is added where the server is reached over HTTPS only (preprod, prod).
#pragma once

#include <string>

namespace lys::http {

// Header lines, each ending in CRLF; `hsts_max_age_seconds` 0 leaves HSTS out.
std::string security_headers(int hsts_max_age_seconds);

}  // namespace lys::http
