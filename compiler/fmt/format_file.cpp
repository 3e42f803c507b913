#include "compiler/fmt/declaration_printer.h"
#include "compiler/fmt/format.h"
#include "compiler/fmt/layout.h"
#include "compiler/fmt/source_text.h"

namespace lys {

std::string format_file(const ast::File& file, const SourceManager& sources) {
  printer::SourceText source(sources.text(file.file));
  printer::Layout layout(source, file.comments);
  printer::DeclarationPrinter(source, layout).print(file);
  return layout.finish();
}

}  // namespace lys
