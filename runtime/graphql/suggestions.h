// "Did you mean" hints for validation errors, worded as graphql-js words them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lys::graphql {

// The options close to `input` (edit distance within 40% of its length, or a
// difference in case only), closest first.
std::vector<std::string> suggestion_list(std::string_view input,
                                         const std::vector<std::string>& options);

// " Did you mean "a", "b", or "c"?" (up to five), or "" when there is none.
std::string did_you_mean(const std::vector<std::string>& suggestions);

}  // namespace lys::graphql
