#include "api/mutation_reference_probe.h"

#include <fmt/format.h>

#include <array>

namespace lys::api {

const model::Field* missing_reference(db::Connection& connection, const model::Model& model,
                                      const model::Entity& entity, const InputRow& row) {
  for (const ColumnValue& value : row) {
    const model::Field* field = nullptr;
    for (const model::Field& candidate : entity.fields) {
      if (candidate.column == value.column) field = &candidate;
    }
    if (field == nullptr || field->kind != model::Kind::Reference || field->soft ||
        field->target < 0 || std::holds_alternative<std::nullptr_t>(value.value)) {
      continue;
    }
    const model::Entity& target = model.entities[static_cast<std::size_t>(field->target)];
    std::array<db::Param, 1> key = {value.value};
    std::string sql =
        fmt::format("SELECT 1 FROM {} WHERE {} = $1", target.table, target.fields.front().column);
    if (connection.query(sql, key).empty()) return field;
  }
  return nullptr;
}

}  // namespace lys::api
