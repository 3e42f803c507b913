#include "compiler/emit/cpp/main_generator.h"

#include "compiler/emit/cpp/cpp_text.h"

namespace lys::emit::cpp {

void MainGenerator::generate(const ir::Schema& schema, OutputSink& out) const {
  out.write("cpp/main.cpp", banner(schema) + R"(#include "externs.h"
#include "lys/server/server.h"
#include "model.h"

int main(int argc, char** argv) {
  return lys::server::run(argc, argv, lys_generated::lys_model(), lys_generated::lys_externs());
}
)");
}

}  // namespace lys::emit::cpp
