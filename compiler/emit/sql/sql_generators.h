// `lysc build` outputs for SQL: the whole schema's DDL per dialect, i.e. the `up` of
// a first migration from an empty database.
#pragma once

#include <vector>

#include "compiler/emit/generator.h"
#include "compiler/emit/sql/schema_change.h"

namespace lys::emit::sql {

// Every entity's table, in declaration order.
std::vector<Table> tables_of(const ir::Schema& schema);

// The changes creating `schema` from nothing.
std::vector<SchemaChange> creation_changes(const ir::Schema& schema);

// Writes sql/postgres/schema.sql and sql/sqlite/schema.sql.
class SqlSchemaGenerator final : public Generator {
 public:
  void generate(const ir::Schema& schema, OutputSink& out) const override;
};

}  // namespace lys::emit::sql
