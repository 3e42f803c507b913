// Annotations (`@search`, `@renamed_from(code)`, `@user`): which ones a declaration
// accepts, how many arguments each takes, and reading their arguments.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/sema/context.h"

namespace lys::sema {

struct AnnotationSpec {
  std::string_view name;
  std::size_t arguments = 0;  // exact count
};

// Reports unknown and duplicate annotations and wrong argument counts; returns the
// valid ones by name. `owner` names the declaration kind for messages ("a field").
std::map<std::string, const ast::Annotation*> check_annotations(
    Context& context, const ast::Attributes& attributes, const std::vector<AnnotationSpec>& specs,
    std::string_view owner);

// The bare name an annotation takes as its only argument (`@renamed_from(code)`).
std::optional<std::string> name_argument(Context& context, const ast::Annotation& annotation);

}  // namespace lys::sema
