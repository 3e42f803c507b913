// Small adapters between OpenSSL's C API and C++: owning pointers that free with the
// type's own function, and byte views of strings.
#pragma once

#include <memory>
#include <string_view>

namespace lys::auth {

template <auto free_function>
struct FreeWith {
  template <typename T>
  void operator()(T* pointer) const {
    free_function(pointer);
  }
};

// E.g. OpensslPtr<EVP_MD_CTX, EVP_MD_CTX_free>.
template <typename T, auto free_function>
using OpensslPtr = std::unique_ptr<T, FreeWith<free_function>>;

inline const unsigned char* bytes_of(std::string_view text) {
  return reinterpret_cast<const unsigned char*>(text.data());
}

}  // namespace lys::auth
