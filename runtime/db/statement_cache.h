// The statements a connection has prepared, by SQL text, least recently used first out.
// Bounded: the shapes clients query by are endless, and every prepared statement holds
// memory on the connection (and, on PostgreSQL, in its backend too).
#pragma once

#include <cstddef>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace lys::db {

// Room for every statement an application's queries need, and a bound on their text.
inline constexpr std::size_t kCachedStatements = 256;
inline constexpr std::size_t kCachedStatementBytes = 1024 * 1024;

template <typename Handle>
class StatementCache {
 public:
  StatementCache(std::size_t capacity = kCachedStatements,
                 std::size_t byte_budget = kCachedStatementBytes)
      : capacity_(capacity), byte_budget_(byte_budget) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  // The statement prepared for `sql`, now the most recently used; nullptr if none.
  Handle* find(std::string_view sql) {
    auto found = index_.find(sql);
    if (found == index_.end()) return nullptr;
    recency_.splice(recency_.begin(), recency_, found->second);
    return &found->second->handle;
  }

  // Whether adding a statement of `sql` would take the cache past its bounds.
  bool needs_room_for(std::string_view sql) const {
    return !recency_.empty() &&
           (recency_.size() >= capacity_ || bytes_ + sql.size() > byte_budget_);
  }

  // Removes the least recently used statement and hands it back (to be closed).
  Handle take_oldest() {
    Entry& oldest = recency_.back();
    index_.erase(oldest.sql);
    bytes_ -= oldest.sql.size();
    Handle handle = std::move(oldest.handle);
    recency_.pop_back();
    return handle;
  }

  Handle& insert(std::string_view sql, Handle handle) {
    recency_.push_front(Entry{std::string(sql), std::move(handle)});
    index_.emplace(recency_.front().sql, recency_.begin());  // a list node never moves
    bytes_ += sql.size();
    return recency_.front().handle;
  }

  void erase(std::string_view sql) {
    auto found = index_.find(sql);
    if (found == index_.end()) return;
    bytes_ -= sql.size();
    recency_.erase(found->second);
    index_.erase(found);
  }

  void clear() {
    index_.clear();
    recency_.clear();
    bytes_ = 0;
  }

  std::size_t size() const { return recency_.size(); }

 private:
  struct Entry {
    std::string sql;
    Handle handle;
  };

  std::size_t capacity_;
  std::size_t byte_budget_;
  std::list<Entry> recency_;  // most recently used first
  std::unordered_map<std::string_view, typename std::list<Entry>::iterator> index_;
  std::size_t bytes_ = 0;  // of the SQL texts held
};

}  // namespace lys::db
