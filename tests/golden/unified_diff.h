// A unified diff of two texts, line by line, for the golden tests' failure output:
// `--- want/PATH`, `+++ got/PATH`, hunks with three lines of context.
#pragma once

#include <string>

namespace lys::golden {

// Empty when the texts are equal.
std::string unified_diff(const std::string& path, const std::string& want, const std::string& got);

}  // namespace lys::golden
