#include <algorithm>
#include <optional>
#include <stdexcept>

#include "auth/claims_json.h"
#include "auth/jws_signature.h"
#include "auth/strict_json.h"
#include "codec/ascii.h"
#include "codec/base64.h"
#include "lys/auth/jwt.h"

namespace lys::auth {
namespace {

struct Segments {
  std::string_view header, claims, signature;
  std::string_view signing_input() const {
    return {header.data(), header.size() + 1 + claims.size()};
  }
};

// Exactly three non-empty segments: a fourth (a JWE, or a pasted token) or an empty
// one (an unsigned token's empty signature) is malformed.
std::optional<Segments> split(std::string_view token) {
  const std::size_t first = token.find('.');
  if (first == std::string_view::npos) return std::nullopt;
  const std::size_t second = token.find('.', first + 1);
  if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  Segments segments{token.substr(0, first), token.substr(first + 1, second - first - 1),
                    token.substr(second + 1)};
  if (segments.header.empty() || segments.claims.empty() || segments.signature.empty()) {
    return std::nullopt;
  }
  return segments;
}

// The header may only confirm what the key already decided: its "alg" must be the key's.
Rejection check_header(const cJSON& header, Algorithm pinned) {
  const cJSON* alg = cJSON_GetObjectItemCaseSensitive(&header, "alg");
  if (!cJSON_IsString(alg)) return Rejection::unsupported_header;
  if (codec::equals_ignoring_case(alg->valuestring, "none")) return Rejection::unsigned_token;
  if (alg->valuestring != jws_name(pinned)) return Rejection::algorithm_mismatch;
  // RFC 7515 §4.1.11: a recipient must reject "crit" extensions it does not implement.
  if (cJSON_GetObjectItemCaseSensitive(&header, "crit") != nullptr) {
    return Rejection::unsupported_header;
  }
  const cJSON* typ = cJSON_GetObjectItemCaseSensitive(&header, "typ");
  if (typ != nullptr &&
      !(cJSON_IsString(typ) && codec::equals_ignoring_case(typ->valuestring, "JWT"))) {
    return Rejection::unsupported_header;
  }
  return Rejection::none;
}

struct Decoded {
  JsonPtr object;
  Rejection rejection = Rejection::none;
};

Decoded decode_object(std::string_view segment) {
  const std::optional<std::string> json = codec::base64url_decode(segment);
  if (!json) return {nullptr, Rejection::bad_base64};
  ParsedObject parsed = parse_json_object(*json);
  return {std::move(parsed.object), parsed.rejection};
}

}  // namespace

JwtVerifier::JwtVerifier(Key key, VerifierOptions options)
    : key_(std::move(key)), options_(std::move(options)) {
  if (options_.clock_skew_seconds < 0) throw std::invalid_argument("negative clock skew");
  if (!options_.clock) throw std::invalid_argument("no clock");
}

Verification JwtVerifier::verify(std::string_view token) const {
  auto reject = [](Rejection rejection) { return Verification{rejection, {}}; };
  if (token.size() > options_.max_token_bytes) return reject(Rejection::too_large);
  const std::optional<Segments> segments = split(token);
  if (!segments) return reject(Rejection::malformed);

  const Decoded header = decode_object(segments->header);
  if (header.rejection != Rejection::none) return reject(header.rejection);
  if (Rejection r = check_header(*header.object, key_.algorithm()); r != Rejection::none) {
    return reject(r);
  }
  const std::optional<std::string> signature = codec::base64url_decode(segments->signature);
  if (!signature) return reject(Rejection::bad_base64);
  if (!jws_verify(key_, segments->signing_input(), *signature)) {
    return reject(Rejection::bad_signature);
  }

  // Only a token this key signed gets its claims read.
  const Decoded payload = decode_object(segments->claims);
  if (payload.rejection != Rejection::none) return reject(payload.rejection);
  Verification verification;
  if (Rejection r = read_claims(*payload.object, verification.claims); r != Rejection::none) {
    return reject(r);
  }
  const Claims& claims = verification.claims;
  const std::int64_t now = options_.clock();
  const std::int64_t skew = options_.clock_skew_seconds;
  if (!claims.expires && options_.require_expiry) return reject(Rejection::missing_expiry);
  // RFC 7519 §4.1.4: the token must not be accepted on or after "exp".
  if (claims.expires && now >= *claims.expires + skew) return reject(Rejection::expired);
  if (claims.not_before && now + skew < *claims.not_before) {
    return reject(Rejection::not_yet_valid);
  }
  if (claims.issued_at && now + skew < *claims.issued_at) {
    return reject(Rejection::issued_in_future);
  }
  if (options_.issuer && claims.issuer != options_.issuer) return reject(Rejection::wrong_issuer);
  const bool audience_matches =
      options_.audience
          ? std::ranges::find(claims.audience, *options_.audience) != claims.audience.end()
          : claims.audience.empty();
  if (!audience_matches) return reject(Rejection::wrong_audience);
  return verification;
}

std::string_view describe(Rejection rejection) {
  switch (rejection) {
    case Rejection::none:
      return "accepted";
    case Rejection::too_large:
      return "token too large";
    case Rejection::malformed:
      return "malformed token";
    case Rejection::bad_base64:
      return "token segment is not base64url";
    case Rejection::bad_json:
      return "token segment is not JSON";
    case Rejection::not_an_object:
      return "token segment is not a JSON object";
    case Rejection::duplicate_member:
      return "token names a member twice";
    case Rejection::unsupported_header:
      return "unsupported token header";
    case Rejection::unsigned_token:
      return "unsigned token";
    case Rejection::algorithm_mismatch:
      return "token algorithm does not match the key";
    case Rejection::bad_signature:
      return "bad token signature";
    case Rejection::bad_claim:
      return "token claim of the wrong type";
    case Rejection::missing_expiry:
      return "token has no expiry";
    case Rejection::expired:
      return "token expired";
    case Rejection::not_yet_valid:
      return "token not yet valid";
    case Rejection::issued_in_future:
      return "token issued in the future";
    case Rejection::wrong_issuer:
      return "token from another issuer";
    case Rejection::wrong_audience:
      return "token for another audience";
  }
  return "unknown rejection";
}

}  // namespace lys::auth
