#include "graphql/suggestions.h"

#include <algorithm>
#include <cctype>

namespace lys::graphql {

namespace {

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

// Damerau-Levenshtein (optimal string alignment) over lowercased text; a case-only
// difference counts 1.
std::size_t lexical_distance(std::string_view a_text, std::string_view b_text) {
  if (a_text == b_text) return 0;
  std::string a = lower(a_text);
  std::string b = lower(b_text);
  if (a == b) return 1;
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

}  // namespace

std::vector<std::string> suggestion_list(std::string_view input,
                                         const std::vector<std::string>& options) {
  std::size_t threshold = input.size() * 2 / 5 + 1;
  std::vector<std::pair<std::size_t, std::string>> close;
  for (const std::string& option : options) {
    std::size_t distance = lexical_distance(input, option);
    if (distance <= threshold) close.emplace_back(distance, option);
  }
  std::stable_sort(close.begin(), close.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second < b.second;
  });
  std::vector<std::string> result;
  for (auto& entry : close) result.push_back(std::move(entry.second));
  return result;
}

std::string did_you_mean(const std::vector<std::string>& suggestions) {
  if (suggestions.empty()) return "";
  std::size_t count = std::min<std::size_t>(suggestions.size(), 5);
  std::string message = " Did you mean ";
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) message += count > 2 ? ", " : " ";
    if (i > 0 && i + 1 == count) message += "or ";
    message += "\"" + suggestions[i] + "\"";
  }
  return message + "?";
}

}  // namespace lys::graphql
