// A streaming JSON writer for the snapshot: members and elements go straight into one
// string, in the order they are written. The layout is the one migrations already
// committed use: members one per line, indented two spaces per open object or array,
// array elements on one line separated by ", ".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lys::ir {

class JsonWriter {
 public:
  void begin_object();
  void end_object();
  void begin_array();
  void end_array();
  // Starts a member of the innermost object; its value is written next.
  void key(std::string_view name);
  void string(std::string_view text);
  void number(int value);
  void boolean(bool value);

  // The text written so far; complete once every object and array is closed.
  std::string take() { return std::move(out_); }

 private:
  struct Container {
    bool is_object;
    bool empty = true;
  };
  // Separates an array element from the one before it.
  void begin_value();
  void indent(std::size_t depth);

  std::string out_;
  std::vector<Container> open_;
};

}  // namespace lys::ir
