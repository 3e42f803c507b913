// Source positions. Stored 0-based, printed 1-based (see diagnostics.cpp).
#pragma once

#include <cstdint>

namespace lys {

using FileId = std::uint32_t;

struct SourcePos {
  std::uint32_t line = 0;    // 0-based
  std::uint32_t column = 0;  // 0-based, in bytes

  friend bool operator==(const SourcePos&, const SourcePos&) = default;
  friend auto operator<=>(const SourcePos&, const SourcePos&) = default;
};

// A half-open range [begin, end) inside one file.
struct SourceSpan {
  FileId file = 0;
  SourcePos begin;
  SourcePos end;

  friend bool operator==(const SourceSpan&, const SourceSpan&) = default;
};

// The span from the start of `first` to the end of `last` (same file).
inline SourceSpan join(const SourceSpan& first, const SourceSpan& last) {
  return SourceSpan{first.file, first.begin, last.end};
}

}  // namespace lys
