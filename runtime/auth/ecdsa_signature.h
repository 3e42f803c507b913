// ES256 signatures: OpenSSL speaks DER (an ASN.1 SEQUENCE of the integers r and s),
// JWS speaks the fixed-width concatenation R || S, each big-endian and padded to the
// curve's size, 32 bytes for P-256 (RFC 7518 §3.4).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lys::auth {

inline constexpr std::size_t kP256ScalarBytes = 32;

// Nullopt when `der` is not one ECDSA signature or r or s does not fit the width.
std::optional<std::string> ecdsa_der_to_raw(std::string_view der);
// Nullopt unless `raw` is exactly 64 bytes.
std::optional<std::string> ecdsa_raw_to_der(std::string_view raw);

}  // namespace lys::auth
