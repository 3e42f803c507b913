// A statement's parameters in libpq's form: text for every type but Bytes, which goes
// binary. Strings and bytes are pointed at where they are, not copied; numbers are
// printed into slots kept from one statement to the next, so binding allocates
// nothing once a connection has seen its widest statement.
#pragma once

#include <array>
#include <span>
#include <vector>

#include "lys/db/connection.h"

namespace lys::db {

class BoundParams {
 public:
  // Replaces the previous statement's parameters; `params` must outlive their use.
  void bind(std::span<const Param> params);

  int count() const { return static_cast<int>(values_.size()); }
  const char* const* values() const { return values_.data(); }
  const int* lengths() const { return lengths_.data(); }
  const int* formats() const { return formats_.data(); }

 private:
  // Wide enough for any int64 and for the shortest text of any double, with a NUL.
  using NumberText = std::array<char, 32>;

  std::vector<const char*> values_;
  std::vector<int> lengths_;
  std::vector<int> formats_;
  std::vector<NumberText> numbers_;
};

}  // namespace lys::db
