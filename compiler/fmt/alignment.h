// Column alignment within runs of similar lines: the field names of consecutive
// fields, the keywords of consecutive constraints, the keys of one-line fixture
// records. A run is broken by a blank line or by a line of another kind.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lys::printer {

struct AlignedItem {
  int kind = 0;               // items align only with items of the same kind
  std::size_t width = 0;      // the width of the part to pad
  bool blank_before = false;  // the source had a blank line before it
};

// For each item, the widest `width` of its run.
std::vector<std::size_t> run_widths(const std::vector<AlignedItem>& items);

// `text` followed by spaces up to `width`.
std::string pad(const std::string& text, std::size_t width);

}  // namespace lys::printer
