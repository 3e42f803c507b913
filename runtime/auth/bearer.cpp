#include "lys/auth/bearer.h"

namespace lys::auth {

namespace {

Authentication refused(std::string reason) {
  return {{}, std::move(reason)};
}

// The token of "Bearer <token>"; the scheme is case-insensitive (RFC 7235 §2.1).
std::optional<std::string_view> bearer_token(std::string_view header) {
  constexpr std::string_view kScheme = "bearer ";
  if (header.size() <= kScheme.size()) return std::nullopt;
  for (std::size_t i = 0; i < kScheme.size(); ++i) {
    char c = header[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != kScheme[i]) return std::nullopt;
  }
  std::string_view token = header.substr(kScheme.size());
  if (token.find_first_of(" \t") != std::string_view::npos) return std::nullopt;
  return token;
}

}  // namespace

Authentication BearerAuthenticator::authenticate(const char* header) const {
  if (header == nullptr) return {};
  std::optional<std::string_view> token = bearer_token(header);
  if (!token) return refused("the Authorization header must be 'Bearer <token>'");
  if (!verifier_) return refused("this server accepts no tokens: it has no key configured");
  Verification verification = verifier_->verify(*token);
  if (!verification.accepted()) return refused(std::string(describe(verification.rejection)));
  Claims& claims = verification.claims;
  if (!claims.subject || claims.subject->empty()) return refused("the token names no user");
  Authentication result;
  result.session.user_id = std::move(claims.subject);
  result.session.organization_id = std::move(claims.organization);
  result.session.roles = std::move(claims.roles);
  return result;
}

}  // namespace lys::auth
