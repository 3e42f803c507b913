#include "auth/claims_json.h"

#include <cmath>
#include <cstdlib>
#include <memory>
#include <string>

#include "auth/strict_json.h"

namespace lys::auth {
namespace {

// NumericDates are JSON numbers; beyond 2^53 doubles no longer hold whole seconds.
constexpr double kMaxNumericDate = 9007199254740992.0;

void add_string(cJSON* object, const char* name, const std::optional<std::string>& value) {
  if (value) cJSON_AddStringToObject(object, name, value->c_str());
}

// As integer text: cJSON prints numbers with 15 significant digits, which rounds dates
// past 10^15 seconds (8170000000000599 would come back as 8170000000000600).
void add_date(cJSON* object, const char* name, const std::optional<std::int64_t>& value) {
  if (value) cJSON_AddRawToObject(object, name, std::to_string(*value).c_str());
}

cJSON* string_array(const std::vector<std::string>& values) {
  cJSON* array = cJSON_CreateArray();
  for (const std::string& value : values) {
    cJSON_AddItemToArray(array, cJSON_CreateString(value.c_str()));
  }
  return array;
}

bool read_string(const cJSON& object, const char* name, std::optional<std::string>& out) {
  const cJSON* item = cJSON_GetObjectItemCaseSensitive(&object, name);
  if (item == nullptr) return true;
  if (!cJSON_IsString(item)) return false;
  out = item->valuestring;
  return true;
}

bool read_date(const cJSON& object, const char* name, std::optional<std::int64_t>& out) {
  const cJSON* item = cJSON_GetObjectItemCaseSensitive(&object, name);
  if (item == nullptr) return true;
  if (!cJSON_IsNumber(item) || !std::isfinite(item->valuedouble) ||
      std::fabs(item->valuedouble) > kMaxNumericDate) {
    return false;
  }
  // RFC 7519 §2 allows fractional seconds; whole seconds are precise enough here.
  out = static_cast<std::int64_t>(std::floor(item->valuedouble));
  return true;
}

bool read_string_array(const cJSON* array, std::vector<std::string>& out) {
  if (!cJSON_IsArray(array)) return false;
  for (const cJSON* item = array->child; item != nullptr; item = item->next) {
    if (!cJSON_IsString(item)) return false;
    out.emplace_back(item->valuestring);
  }
  return true;
}

// "aud" is a single string or an array of strings (RFC 7519 §4.1.3).
bool read_audience(const cJSON& object, std::vector<std::string>& out) {
  const cJSON* item = cJSON_GetObjectItemCaseSensitive(&object, "aud");
  if (item == nullptr) return true;
  if (cJSON_IsString(item)) {
    out.emplace_back(item->valuestring);
    return true;
  }
  return read_string_array(item, out);
}

bool read_roles(const cJSON& object, std::vector<std::string>& out) {
  const cJSON* item = cJSON_GetObjectItemCaseSensitive(&object, "roles");
  return item == nullptr || read_string_array(item, out);
}

}  // namespace

std::string claims_to_json(const Claims& claims) {
  JsonPtr object(cJSON_CreateObject());
  add_string(object.get(), "sub", claims.subject);
  add_string(object.get(), "iss", claims.issuer);
  if (claims.audience.size() == 1) {
    cJSON_AddStringToObject(object.get(), "aud", claims.audience.front().c_str());
  } else if (!claims.audience.empty()) {
    cJSON_AddItemToObject(object.get(), "aud", string_array(claims.audience));
  }
  add_date(object.get(), "exp", claims.expires);
  add_date(object.get(), "nbf", claims.not_before);
  add_date(object.get(), "iat", claims.issued_at);
  add_string(object.get(), "jti", claims.token_id);
  add_string(object.get(), "org", claims.organization);
  if (!claims.roles.empty())
    cJSON_AddItemToObject(object.get(), "roles", string_array(claims.roles));
  std::unique_ptr<char, decltype(&cJSON_free)> text(cJSON_PrintUnformatted(object.get()),
                                                    &cJSON_free);
  return text.get();
}

Rejection read_claims(const cJSON& object, Claims& claims) {
  const bool well_typed =
      read_string(object, "sub", claims.subject) && read_string(object, "iss", claims.issuer) &&
      read_audience(object, claims.audience) && read_date(object, "exp", claims.expires) &&
      read_date(object, "nbf", claims.not_before) && read_date(object, "iat", claims.issued_at) &&
      read_string(object, "jti", claims.token_id) &&
      read_string(object, "org", claims.organization) && read_roles(object, claims.roles);
  return well_typed ? Rejection::none : Rejection::bad_claim;
}

}  // namespace lys::auth
