// cpp/<app>/<app>.h and .cpp, one pair per app with entities, a section per entity in
// declaration order: the row as a plain struct, a small typed filter and order for
// listings, and a repository over a lys::db::Connection (find, create, optimistic
// update, remove, upsert, bulk insert) whose SQL constants cover both dialects, chosen
// by the connection at run time. One pair per app rather than per entity: a large
// schema's build writes a few dozen files, not thousands.
#pragma once

#include <string>
#include <vector>

#include "compiler/emit/generator.h"

namespace lys::emit::cpp {

class RepositoryGenerator final : public Generator {
 public:
  void generate(const ir::Schema& schema, OutputSink& out) const override;
};

// `entities`: the app's entities, in declaration order.
std::string repository_header(const ir::Schema& schema, const ir::App& app,
                              const std::vector<const ir::Entity*>& entities);
std::string repository_source(const ir::Schema& schema, const ir::App& app,
                              const std::vector<const ir::Entity*>& entities);

}  // namespace lys::emit::cpp
