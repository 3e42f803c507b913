#include "compiler/emit/all_generators.h"

#include "compiler/emit/cpp/enum_generator.h"
#include "compiler/emit/cpp/extern_generator.h"
#include "compiler/emit/cpp/main_generator.h"
#include "compiler/emit/cpp/model_generator.h"
#include "compiler/emit/cpp/repository_generator.h"
#include "compiler/emit/graphql/sdl_generator.h"
#include "compiler/emit/parallel.h"
#include "compiler/emit/snapshot_generator.h"
#include "compiler/emit/sql/sql_generators.h"

namespace lys::emit {

std::vector<std::unique_ptr<Generator>> all_generators() {
  std::vector<std::unique_ptr<Generator>> generators;
  auto sdl = std::make_shared<SdlText>();
  generators.push_back(std::make_unique<SdlGenerator>(sdl));
  generators.push_back(std::make_unique<sql::SqlSchemaGenerator>());
  generators.push_back(std::make_unique<SnapshotGenerator>());
  generators.push_back(std::make_unique<cpp::ModelGenerator>(sdl));
  generators.push_back(std::make_unique<cpp::EnumGenerator>());
  generators.push_back(std::make_unique<cpp::RepositoryGenerator>());
  generators.push_back(std::make_unique<cpp::ExternGenerator>());
  generators.push_back(std::make_unique<cpp::MainGenerator>());
  return generators;
}

std::map<std::string, std::string> generate_all(const ir::Schema& schema) {
  std::vector<std::unique_ptr<Generator>> generators = all_generators();
  std::vector<MemorySink> outputs(generators.size());
  parallel_for(generators.size(),
               [&](std::size_t i) { generators[i]->generate(schema, outputs[i]); });
  // In generator order, as if one sink had received every file.
  std::map<std::string, std::string> files;
  for (MemorySink& output : outputs) {
    for (auto& [path, contents] : output.files) files[path] = std::move(contents);
  }
  return files;
}

}  // namespace lys::emit
