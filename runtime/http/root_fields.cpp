#include "http/root_fields.h"

#include <set>
#include <string>
#include <vector>

#include "graphql/parser.h"

namespace lys::http {

namespace {

using graphql::ast::Document;
using graphql::ast::Selection;

bool selects_field(const Document& document, const std::vector<Selection>& selections,
                   std::string_view field, std::set<std::string>& fragments_seen) {
  for (const Selection& selection : selections) {
    switch (selection.kind) {
      case Selection::Kind::Field:
        if (selection.name == field) return true;
        break;
      case Selection::Kind::InlineFragment:
        if (selects_field(document, selection.selections, field, fragments_seen)) return true;
        break;
      case Selection::Kind::FragmentSpread: {
        // A cycle is the validator's error to report; here it must only end.
        if (!fragments_seen.insert(selection.name).second) break;
        const graphql::ast::Fragment* fragment = document.fragment(selection.name);
        if (fragment && selects_field(document, fragment->selections, field, fragments_seen)) {
          return true;
        }
        break;
      }
    }
  }
  return false;
}

}  // namespace

bool selects_root_mutation(const graphql::Request& request, std::string_view field) {
  // Most requests never name the field: no need to parse them twice.
  if (request.query.find(field) == std::string::npos) return false;
  auto parsed = graphql::parse_document(request.query);
  const auto* document = std::get_if<Document>(&parsed);
  if (document == nullptr) return false;
  for (const graphql::ast::Operation& operation : document->operations) {
    bool selected = request.operation_name.empty() ? document->operations.size() == 1
                                                   : operation.name == request.operation_name;
    if (!selected || operation.type != graphql::ast::OperationType::Mutation) continue;
    std::set<std::string> fragments_seen;
    return selects_field(*document, operation.selections, field, fragments_seen);
  }
  return false;
}

}  // namespace lys::http
