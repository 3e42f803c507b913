#include "db/bound_params.h"

#include <charconv>

namespace lys::db {

void BoundParams::bind(std::span<const Param> params) {
  values_.resize(params.size());
  lengths_.resize(params.size());
  formats_.assign(params.size(), 0);
  numbers_.resize(params.size());
  for (std::size_t i = 0; i < params.size(); ++i) {
    const Param& param = params[i];
    const char*& value = values_[i];
    int& length = lengths_[i];
    auto print = [&](auto number) {
      NumberText& text = numbers_[i];
      // The shortest text that reads back as the same number, NUL-terminated as libpq
      // reads text parameters.
      const auto written = std::to_chars(text.data(), text.data() + text.size() - 1, number);
      *written.ptr = '\0';
      value = text.data();
      length = static_cast<int>(written.ptr - text.data());
    };
    if (std::holds_alternative<std::nullptr_t>(param)) {
      value = nullptr;
      length = 0;
    } else if (const bool* flag = std::get_if<bool>(&param)) {
      value = *flag ? "true" : "false";
      length = *flag ? 4 : 5;
    } else if (const std::int64_t* integer = std::get_if<std::int64_t>(&param)) {
      print(*integer);
    } else if (const double* real = std::get_if<double>(&param)) {
      print(*real);
    } else if (const std::string* text = std::get_if<std::string>(&param)) {
      // libpq reads a text parameter up to its NUL, which std::string keeps after it.
      value = text->c_str();
      length = static_cast<int>(text->size());
    } else {
      const std::string& bytes = std::get<Bytes>(param).data;
      value = bytes.data();
      length = static_cast<int>(bytes.size());
      formats_[i] = 1;
    }
  }
}

}  // namespace lys::db
