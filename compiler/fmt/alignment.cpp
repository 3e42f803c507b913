#include "compiler/fmt/alignment.h"

#include <algorithm>

namespace lys::printer {

std::vector<std::size_t> run_widths(const std::vector<AlignedItem>& items) {
  std::vector<std::size_t> widths(items.size(), 0);
  std::size_t begin = 0;
  while (begin < items.size()) {
    std::size_t end = begin + 1;
    while (end < items.size() && items[end].kind == items[begin].kind && !items[end].blank_before) {
      ++end;
    }
    std::size_t widest = 0;
    for (std::size_t i = begin; i < end; ++i) widest = std::max(widest, items[i].width);
    std::fill(widths.begin() + static_cast<std::ptrdiff_t>(begin),
              widths.begin() + static_cast<std::ptrdiff_t>(end), widest);
    begin = end;
  }
  return widths;
}

std::string pad(const std::string& text, std::size_t width) {
  std::string out = text;
  if (out.size() < width) out.append(width - out.size(), ' ');
  return out;
}

}  // namespace lys::printer
