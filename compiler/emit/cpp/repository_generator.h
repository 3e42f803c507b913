// cpp/<app>/<entity>.h and .cpp, one pair per entity: the row as a plain struct, a
// small typed filter and order for listings, and a repository over a
// lys::db::Connection (find, create, optimistic update, remove, upsert, bulk insert)
// whose SQL constants cover both dialects, chosen by the connection at run time.
#pragma once

#include <string>

#include "compiler/emit/generator.h"

namespace lys::emit::cpp {

class RepositoryGenerator final : public Generator {
 public:
  void generate(const ir::Schema& schema, OutputSink& out) const override;
};

std::string repository_header(const ir::Schema& schema, const ir::Entity& entity);
std::string repository_source(const ir::Schema& schema, const ir::Entity& entity);

}  // namespace lys::emit::cpp
