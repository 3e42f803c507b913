// The SQL text and the bound parameters of the statement being compiled. The same
// compilation runs in two modes: writing (a plan-cache miss: text and parameters)
// and binding only (a hit: the cached text is reused, only parameters are
// collected), so text and parameter numbering always agree.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lys/db/connection.h"
#include "query/sql_dialect.h"

namespace lys::query {

class StatementWriter {
 public:
  StatementWriter(const SqlDialect& dialect, bool writing) : dialect_(dialect), writing_(writing) {}

  const SqlDialect& dialect() const { return dialect_; }
  bool writing() const { return writing_; }

  StatementWriter& operator<<(std::string_view text) {
    if (writing_) text_.append(text);
    return *this;
  }

  // Binds a value and returns its placeholder's number.
  int bind(db::Param value) {
    params_.push_back(std::move(value));
    return static_cast<int>(params_.size());
  }
  // The placeholder of a bound value, typed for a column of `kind`.
  std::string placeholder(int number, model::Kind kind) const {
    return writing_ ? dialect_.placeholder(number, kind) : std::string();
  }
  std::string bind_placeholder(db::Param value, model::Kind kind) {
    return placeholder(bind(std::move(value)), kind);
  }

  // A fresh table alias: t0, t1, … in compilation order.
  std::string alias() { return "t" + std::to_string(next_alias_++); }

  // Runs `write` and returns the text it wrote instead of appending it.
  template <typename Write>
  std::string capture(Write&& write) {
    std::string outer;
    std::swap(outer, text_);
    write();
    std::swap(outer, text_);
    return outer;
  }

  std::string take_text() { return std::move(text_); }
  std::vector<db::Param> take_params() { return std::move(params_); }

 private:
  const SqlDialect& dialect_;
  bool writing_;
  std::string text_;
  std::vector<db::Param> params_;
  int next_alias_ = 0;
};

}  // namespace lys::query
