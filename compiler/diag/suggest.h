// "Did you mean" suggestions for misspelled names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lys {

// Optimal string alignment distance (Levenshtein plus adjacent transposition),
// case-insensitive: "ProductCategry" is 1 away from "ProductCategory".
std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate within a distance that grows with the name's length
// (a third of it, at least 1), or nullopt. Ties go to the earliest candidate.
std::optional<std::string> closest_match(std::string_view name,
                                         const std::vector<std::string>& candidates);

// "; did you mean 'X'?" or "" — appended to an "unknown …" message.
std::string did_you_mean(std::string_view name, const std::vector<std::string>& candidates);

}  // namespace lys
