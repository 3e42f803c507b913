// Writing `lysc build` output: the generated files, and removal of the files an
// earlier build wrote that this one no longer produces (an entity was removed),
// tracked by a manifest so nothing else in the directory is ever touched.
#pragma once

#include <map>
#include <string>

namespace lys::cli {

inline constexpr const char* kManifestName = ".lysc-manifest";

void write_build_output(const std::string& directory, const std::map<std::string, std::string>& files);

}  // namespace lys::cli
