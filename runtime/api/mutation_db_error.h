// A constraint the database enforced, as the API reports it: a unique violation is a
// CONFLICT naming the unique index's fields; a check, not-null or missing-reference
// violation is a BAD_USER_INPUT naming the field when the constraint names one; a
// row still referenced on delete is a CONFLICT.
#pragma once

#include <optional>
#include <string>

#include "lys/db/connection.h"
#include "lys/model/model.h"

namespace lys::api {

enum class WriteKind { Insert, Update, Delete };

// Throws the MutationError for `error` on `entity`, or rethrows `error` when it is no
// constraint violation (connection, timeout, serialization: the caller's business).
// Input fields are reported under `input_prefix` ("input."); without one (named
// mutations, whose changes are not input) no field is named.
[[noreturn]] void throw_constraint_error(const model::Entity& entity, const db::Error& error,
                                         WriteKind write,
                                         const std::optional<std::string>& input_prefix);

// BAD_USER_INPUT: `field` names a row that does not exist.
[[noreturn]] void throw_missing_reference(const model::Field& field,
                                          const std::optional<std::string>& input_prefix);

}  // namespace lys::api
