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

constexpr std::string_view kNoKey = "this server accepts no tokens: it has no key configured";

Authentication user_session(Claims& claims) {
  if (!claims.subject || claims.subject->empty()) return refused("the token names no user");
  Authentication result;
  result.session.user_id = std::move(claims.subject);
  result.session.organization_id = std::move(claims.organization);
  result.session.roles = std::move(claims.roles);
  return result;
}

// A service acts as itself, never as a user: no user, no roles.
Authentication service_session() {
  Authentication result;
  result.session.internal = true;
  return result;
}

}  // namespace

Authentication BearerAuthenticator::authenticate(std::optional<std::string_view> header) const {
  if (!header) return {};
  std::optional<std::string_view> token = bearer_token(*header);
  if (!token) return refused("the Authorization header must be 'Bearer <token>'");
  if (!users_ && !services_) return refused(std::string(kNoKey));
  std::optional<Verification> as_user;
  if (users_) {
    as_user = users_->verify(*token);
    if (as_user->accepted()) return user_session(as_user->claims);
  }
  if (services_) {
    Verification as_service = services_->verify(*token);
    if (as_service.accepted()) return service_session();
    if (!as_user) return refused(std::string(describe(as_service.rejection)));
  }
  return refused(std::string(describe(as_user->rejection)));
}

Authentication BearerAuthenticator::authenticate_user(std::string_view token) const {
  if (!users_) return refused(std::string(kNoKey));
  Verification verification = users_->verify(token);
  if (!verification.accepted()) return refused(std::string(describe(verification.rejection)));
  return user_session(verification.claims);
}

}  // namespace lys::auth
