// Every generator `lysc build` runs, in the order it runs them. The golden tests
// run the same list, so a generator added here is covered there.
#pragma once

#include <memory>
#include <vector>

#include "compiler/emit/generator.h"

namespace lys::emit {

std::vector<std::unique_ptr<Generator>> all_generators();

}  // namespace lys::emit
