// Every generator `lysc build` runs, in the order it runs them. The golden tests
// run the same list, so a generator added here is covered there.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "compiler/emit/generator.h"

namespace lys::emit {

// The generators of one build: they share work (the SDL), so a list serves one schema.
std::vector<std::unique_ptr<Generator>> all_generators();

// Every file of every generator, by path. The generators run side by side on a few
// threads; the result is the same as running them one after another.
std::map<std::string, std::string> generate_all(const ir::Schema& schema);

}  // namespace lys::emit
