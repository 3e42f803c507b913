// Password hashing with PBKDF2-HMAC-SHA256 (RFC 8018 §5.2). A stored hash names its
// own scheme and work factor, so the iteration count can rise later without breaking
// existing hashes:  pbkdf2-sha256$600000$<base64url salt>$<base64url hash>
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lys::auth {

// OWASP's recommendation for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet).
inline constexpr int kPasswordIterations = 600'000;

// A new stored hash with a fresh 16-byte random salt and a 32-byte derived key.
std::string hash_password(std::string_view password, int iterations = kPasswordIterations);

// Whether `password` matches `stored`, comparing in constant time. A stored string that
// is not a hash this module wrote never matches.
bool verify_password(std::string_view password, std::string_view stored);

// Whether `stored` should be replaced (on the next successful sign-in) by a hash with
// today's work factor: fewer iterations, or not a hash this module understands.
bool needs_rehash(std::string_view stored, int iterations = kPasswordIterations);

// Spends the cost of one verification and throws the result away: called when the
// email is unknown, so that an unknown email and a wrong password take the same time.
void dummy_verify(std::string_view password, int iterations = kPasswordIterations);

// Why `password` is too weak for the account `email`, or "" when it will do: from 12
// to 1,024 characters (the upper bound keeps hashing cheap to refuse), not the email,
// not one character repeated.
std::string password_weakness(std::string_view password, std::string_view email);

// The raw primitive: `length` bytes of PBKDF2-HMAC-SHA256.
std::string pbkdf2_sha256(std::string_view password, std::string_view salt, int iterations,
                          std::size_t length);

}  // namespace lys::auth
