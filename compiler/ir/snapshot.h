// The canonical JSON snapshot of the IR: everything in ir.h but source spans. The
// migration differ compares the snapshot of the last migration with the current
// schema, so the round trip schema -> JSON -> schema must be lossless, and the text
// deterministic (fixed key order, declaration order, two-space indentation).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "compiler/ir/ir.h"

namespace lys::ir {

// Bumped whenever the snapshot layout changes incompatibly.
inline constexpr int kSnapshotFormat = 1;

std::string to_snapshot_json(const Schema& schema);

// Parses a snapshot; on failure returns nothing and explains where in `error`.
std::optional<Schema> from_snapshot_json(std::string_view json, std::string& error);

}  // namespace lys::ir
