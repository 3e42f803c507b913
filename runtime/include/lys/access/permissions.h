// Permissions compiled into SQL. The principals a session decides alone (anonymous,
// signed in, roles, internal, admin) select which rules apply; the rest (the row's
// owner, a role in the row's organization, the rules' conditions) becomes SQL over
// the row with the session's ids bound as parameters. So the text of a predicate
// depends on the session only through `session_shape`, never on its ids.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "lys/access/session.h"
#include "lys/db/dialect.h"
#include "lys/model/model.h"

namespace lys::access {

// Holders of this global role pass every rule of every operation.
inline constexpr std::string_view kAdminRole = "ADMIN";

// Binds the caller's user and organization ids (NULL when absent) into the statement
// being written and returns their placeholders' SQL text.
class SessionParams {
 public:
  virtual ~SessionParams() = default;
  virtual std::string user() = 0;
  virtual std::string organization() = 0;
};

// The rows of a table a caller may act on.
struct RowPredicate {
  enum class Kind { All, None, Where };
  Kind kind = Kind::None;
  std::string sql;  // Where: a condition over the row's alias

  // As a term of a WHERE clause: "" for All, a false condition for None.
  std::string condition() const;
};

// The placeholder of the N-th argument of a named operation, bound at first use.
using ArgumentParams = std::function<std::string(std::size_t index)>;

// The predicate of `rules` (one operation's, OR-ed; none: denied) over the row of
// `entity` aliased `alias`; `arguments` binds the arguments a named operation's rule
// conditions use.
RowPredicate row_predicate(const model::Model& model, const model::Entity& entity,
                           const std::vector<model::Rule>& rules, const Session& session,
                           std::string_view alias, db::Dialect dialect, SessionParams& params,
                           const ArgumentParams& arguments = {});

// Whether `rules` admit the caller on the session alone, with no row to look at (an
// extern operation's `allow to …`).
bool admits_without_row(const std::vector<model::Rule>& rules, const Session& session);

// The kind of the key of `entity` (an index into Model::entities): the type the
// session's user and organization ids are bound as. Uuid when there is no entity.
model::Kind key_kind(const model::Model& model, int entity);

// What of the session a predicate's SQL text depends on: signed in or not, internal,
// the roles. Plans are cached by it.
std::string session_shape(const Session& session);

// The values of a model SQL template's placeholders (model.h): `{row}` is `row`,
// `{arg:N}` what `argument(N)` returns (a template with arguments needs one),
// `{user}` / `{org}` the session's.
struct TemplateValues {
  std::string_view row;
  SessionParams* session = nullptr;
  ArgumentParams argument;
};

std::string expand_template(std::string_view text, const TemplateValues& values);

}  // namespace lys::access
