// The usual helper to std::visit a variant with one lambda per alternative.
#pragma once

namespace lys::emit::sql {

template <typename... Visitors>
struct Overloaded : Visitors... {
  using Visitors::operator()...;
};
// C++20 deduces this for aggregates; Clang before 17 needs it spelled out.
template <typename... Visitors>
Overloaded(Visitors...) -> Overloaded<Visitors...>;

}  // namespace lys::emit::sql
