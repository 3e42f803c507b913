#include "auth/ecdsa_signature.h"

#include <openssl/bn.h>
#include <openssl/ec.h>

#include "auth/openssl_ptr.h"

namespace lys::auth {
namespace {

using SignaturePtr = OpensslPtr<ECDSA_SIG, ECDSA_SIG_free>;

}  // namespace

std::optional<std::string> ecdsa_der_to_raw(std::string_view der) {
  const unsigned char* cursor = bytes_of(der);
  SignaturePtr signature(d2i_ECDSA_SIG(nullptr, &cursor, static_cast<long>(der.size())));
  if (!signature || cursor != bytes_of(der) + der.size()) return std::nullopt;
  std::string raw(2 * kP256ScalarBytes, '\0');
  auto* out = reinterpret_cast<unsigned char*>(raw.data());
  // BN_bn2binpad fails (-1) when the integer needs more bytes than the width.
  if (BN_bn2binpad(ECDSA_SIG_get0_r(signature.get()), out, kP256ScalarBytes) < 0 ||
      BN_bn2binpad(ECDSA_SIG_get0_s(signature.get()), out + kP256ScalarBytes, kP256ScalarBytes) <
          0) {
    return std::nullopt;
  }
  return raw;
}

std::optional<std::string> ecdsa_raw_to_der(std::string_view raw) {
  if (raw.size() != 2 * kP256ScalarBytes) return std::nullopt;
  SignaturePtr signature(ECDSA_SIG_new());
  BIGNUM* r = BN_bin2bn(bytes_of(raw), kP256ScalarBytes, nullptr);
  BIGNUM* s = BN_bin2bn(bytes_of(raw) + kP256ScalarBytes, kP256ScalarBytes, nullptr);
  // On success ECDSA_SIG_set0 owns r and s.
  if (!signature || r == nullptr || s == nullptr || ECDSA_SIG_set0(signature.get(), r, s) != 1) {
    BN_free(r);
    BN_free(s);
    return std::nullopt;
  }
  unsigned char* der = nullptr;
  const int size = i2d_ECDSA_SIG(signature.get(), &der);
  if (size <= 0) return std::nullopt;
  std::string result(reinterpret_cast<const char*>(der), static_cast<std::size_t>(size));
  OPENSSL_free(der);
  return result;
}

}  // namespace lys::auth
