#include "compiler/sema/annotations.h"

#include <algorithm>

#include "compiler/diag/suggest.h"

namespace lys::sema {

std::map<std::string, const ast::Annotation*> check_annotations(
    Context& context, const ast::Attributes& attributes, const std::vector<AnnotationSpec>& specs,
    std::string_view owner) {
  std::map<std::string, const ast::Annotation*> found;
  std::vector<std::string> known;
  for (const AnnotationSpec& spec : specs) known.push_back("@" + std::string(spec.name));

  for (const ast::Annotation& annotation : attributes.annotations) {
    const std::string& name = annotation.name.text;
    auto spec = std::find_if(specs.begin(), specs.end(),
                             [&](const AnnotationSpec& s) { return s.name == name; });
    if (spec == specs.end()) {
      context.error(annotation.span, "unknown annotation '@" + name + "' on " + std::string(owner) +
                                         did_you_mean("@" + name, known));
      continue;
    }
    if (auto previous = found.find(name); previous != found.end()) {
      context.duplicate(annotation.span, "annotation", "@" + name, previous->second->span);
      continue;
    }
    if (annotation.arguments.size() != spec->arguments) {
      context.error(annotation.span,
                    "annotation '@" + name + "' takes " +
                        (spec->arguments == 0 ? std::string("no arguments")
                                              : std::to_string(spec->arguments) + " argument") +
                        ", not " + std::to_string(annotation.arguments.size()));
      continue;
    }
    found.emplace(name, &annotation);
  }
  return found;
}

std::optional<std::string> name_argument(Context& context, const ast::Annotation& annotation) {
  const ast::Expr& argument = *annotation.arguments.front();
  const auto* path = std::get_if<ast::PathExpr>(&argument.node);
  if (!path || path->path.parts.size() != 1) {
    context.error(argument.span, "annotation '@" + annotation.name.text + "' takes a name");
    return std::nullopt;
  }
  return path->path.parts.front().text;
}

}  // namespace lys::sema
