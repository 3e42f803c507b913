// Scans over JSON text that need no parse tree: finding where strings end, taking out
// whitespace, measuring nesting. They skip a string's contents whole (memchr to its
// closing quote), which is most of a GraphQL request or response.
#pragma once

#include <string>
#include <string_view>

namespace lys::codec {

// Past the closing quote of the string whose contents start at `p` (just after its
// opening quote); an escaped `\"` does not close it. `end` when the string is not closed.
const char* past_json_string(const char* p, const char* end);

// Appends `json` without the whitespace between its tokens.
void append_compact_json(std::string_view json, std::string& out);

// Whether arrays and objects in `json` nest deeper than `limit` levels (strings are not
// looked into). `json` need not be valid.
bool json_nests_deeper_than(std::string_view json, int limit);

// Whether `json` holds a control character where RFC 8259 allows none (in a string, or
// between tokens other than tab, line feed and carriage return) or an escaped NUL
// (\u0000) in a string. cJSON lets both through and keeps strings as C strings, so a
// NUL would silently cut a string short. `json` need not be valid otherwise.
bool json_holds_control_characters(std::string_view json);

}  // namespace lys::codec
