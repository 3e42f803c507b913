#include "api/mutation_payload.h"

#include "api/input_json.h"

namespace lys::api {

void write_payload(const graphql::FieldSelection& payload, const MemberWriter& write_member,
                   std::string& out) {
  out += '{';
  if (!payload.selection.empty()) {
    const graphql::TypeSelection& type = payload.selection.by_type.front();
    bool first = true;
    for (const graphql::FieldSelection& member : type.fields) {
      if (!first) out += ',';
      first = false;
      append_json_string(out, member.response_key);
      out += ':';
      if (member.name == "__typename") {
        append_json_string(out, type.type_name);
      } else {
        write_member(member, out);
      }
    }
  }
  out += '}';
}

}  // namespace lys::api
