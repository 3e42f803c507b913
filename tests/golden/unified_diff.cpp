#include "unified_diff.h"

#include <algorithm>
#include <vector>

namespace lys::golden {

namespace {

constexpr std::size_t kContext = 3;

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

struct Line {
  char mark;  // ' ', '-' or '+'
  std::size_t want_index;
  std::size_t got_index;
  const std::string* text;
};

// The edit script from a longest-common-subsequence table (golden files are a few
// thousand lines at most, so the quadratic table is fine).
std::vector<Line> edit_script(const std::vector<std::string>& want,
                              const std::vector<std::string>& got) {
  std::size_t rows = want.size(), columns = got.size();
  std::vector<std::vector<std::size_t>> common(rows + 1, std::vector<std::size_t>(columns + 1));
  for (std::size_t i = rows; i-- > 0;) {
    for (std::size_t j = columns; j-- > 0;) {
      common[i][j] = want[i] == got[j] ? common[i + 1][j + 1] + 1
                                       : std::max(common[i + 1][j], common[i][j + 1]);
    }
  }
  std::vector<Line> script;
  std::size_t i = 0, j = 0;
  while (i < rows || j < columns) {
    if (i < rows && j < columns && want[i] == got[j]) {
      script.push_back({' ', i, j, &want[i]});
      ++i, ++j;
    } else if (i < rows && (j == columns || common[i + 1][j] >= common[i][j + 1])) {
      script.push_back({'-', i, j, &want[i]});  // deletions first, as diff -u does
      ++i;
    } else {
      script.push_back({'+', i, j, &got[j]});
      ++j;
    }
  }
  return script;
}

std::string hunk_range(std::size_t start, std::size_t count) {
  // Unified diff ranges are 1-based; an empty range names the line before it.
  return std::to_string(count == 0 ? start : start + 1) + "," + std::to_string(count);
}

}  // namespace

std::string unified_diff(const std::string& path, const std::string& want, const std::string& got) {
  if (want == got) return "";
  std::vector<std::string> want_lines = split_lines(want), got_lines = split_lines(got);
  std::vector<Line> script = edit_script(want_lines, got_lines);
  std::string out = "--- want/" + path + "\n+++ got/" + path + "\n";
  std::size_t at = 0;
  while (at < script.size()) {
    auto change = std::find_if(script.begin() + static_cast<std::ptrdiff_t>(at), script.end(),
                               [](const Line& line) { return line.mark != ' '; });
    if (change == script.end()) break;
    std::size_t first = static_cast<std::size_t>(change - script.begin());
    std::size_t begin = first > kContext ? first - kContext : 0;
    begin = std::max(begin, at);
    // One hunk holds every change less than two contexts of unchanged lines apart.
    std::size_t last_change = first;
    for (std::size_t k = first + 1; k < script.size(); ++k) {
      if (script[k].mark == ' ') continue;
      if (k - last_change - 1 > 2 * kContext) break;
      last_change = k;
    }
    std::size_t end = std::min(script.size(), last_change + 1 + kContext);
    std::size_t want_count = 0, got_count = 0;
    for (std::size_t k = begin; k < end; ++k) {
      if (script[k].mark != '+') ++want_count;
      if (script[k].mark != '-') ++got_count;
    }
    out += "@@ -" + hunk_range(script[begin].want_index, want_count) + " +" +
           hunk_range(script[begin].got_index, got_count) + " @@\n";
    for (std::size_t k = begin; k < end; ++k) out += script[k].mark + *script[k].text + "\n";
    at = end;
  }
  if (!want.empty() && want.back() != '\n') out += "\\ want has no newline at end of file\n";
  if (!got.empty() && got.back() != '\n') out += "\\ got has no newline at end of file\n";
  return out;
}

}  // namespace lys::golden
