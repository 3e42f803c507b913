#include "tests/fuzz/token_target.h"

#include <exception>

#include "auth/jws_signature.h"
#include "codec/base64.h"

namespace lys::fuzz {

namespace {

constexpr std::int64_t kNow = 1'700'000'000;

const auth::Key& key() {
  static const auth::Key hs256 = auth::Key::hs256("a fuzzing key of thirty-two bytes!");
  return hs256;
}

const auth::JwtVerifier& verifier() {
  static const auth::JwtVerifier verifying = [] {
    auth::VerifierOptions options;
    options.clock = [] { return kNow; };
    return auth::JwtVerifier(key(), options);
  }();
  return verifying;
}

// BASE64URL(header) "." BASE64URL(claims) "." BASE64URL(HMAC), over any bytes.
std::string signed_token(std::string_view header, std::string_view claims) {
  std::string signing_input = codec::base64url(header) + "." + codec::base64url(claims);
  return signing_input + "." + codec::base64url(auth::jws_sign(key(), signing_input));
}

std::string token_of(std::string_view input) {
  if (input.empty() || input.front() != '\0') return std::string(input);
  input.remove_prefix(1);
  std::size_t nul = input.find('\0');
  if (nul == std::string_view::npos) return signed_token(input, "{}");
  return signed_token(input.substr(0, nul), input.substr(nul + 1));
}

}  // namespace

TokenRun run_token(std::string_view input) {
  TokenRun run;
  try {
    auth::Verification verification = verifier().verify(token_of(input));
    run.rejection = verification.rejection;
    if (!verification.accepted()) {
      if (verification.claims != auth::Claims{}) run.broken = "claims kept from a refused token";
      return run;
    }
    auth::Verification again = verifier().verify(auth::sign_jwt(verification.claims, key()));
    if (!again.accepted() || again.claims != verification.claims) {
      run.broken = "accepted claims did not sign into a token verifying to them";
    }
  } catch (const std::exception& error) {
    run.broken = std::string("verification threw: ") + error.what();
  }
  return run;
}

}  // namespace lys::fuzz
