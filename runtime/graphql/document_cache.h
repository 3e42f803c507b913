// A bounded LRU cache of prepared documents by query text, so a repeated query skips
// parsing and validation. Bounded in count and in memory, so clients sending large
// documents that never repeat cannot grow it past its budget. Thread-safe: requests
// execute concurrently.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graphql/ast.h"
#include "graphql/selection_template.h"
#include "lys/cache_stats.h"
#include "lys/graphql/value.h"

namespace lys::graphql {

// A query after parsing and validation: the document, or the errors that stop it.
struct PreparedDocument {
  ast::Document document;
  std::vector<Error> errors;
  // One per operation, in document order: its selection tree, once a request built
  // one that later requests can reuse. Bounded with the document itself.
  mutable std::vector<std::atomic<std::shared_ptr<const SelectionTemplate>>> selections;
};

// The memory a cached document holds, estimated: its query text and about 256 bytes per
// token for the syntax tree, the validation's results and the selection trees built from
// it (a field alone is some 200 bytes of tree).
std::size_t estimated_footprint(std::string_view query, const PreparedDocument& document);

class DocumentCache {
 public:
  // At most `capacity` documents, whose estimated footprints add up to at most
  // `byte_budget`. A document over an eighth of the budget is not kept: it is parsed
  // again each time rather than evicting many others.
  DocumentCache(std::size_t capacity, std::size_t byte_budget)
      : capacity_(capacity), byte_budget_(byte_budget) {}

  // The document prepared for `query`, now the most recently used; nullptr if none.
  // Counts a hit or a miss.
  std::shared_ptr<const PreparedDocument> find(std::string_view query);
  void insert(std::string_view query, std::shared_ptr<const PreparedDocument> document);
  // Entries, their estimated footprint in bytes, and the lookups so far.
  CacheStats stats() const;

 private:
  struct Entry {
    std::string query;
    std::shared_ptr<const PreparedDocument> document;
    std::size_t footprint;
  };

  void evict_oldest();

  std::size_t capacity_;
  std::size_t byte_budget_;
  mutable std::mutex mutex_;
  std::list<Entry> recency_;  // most recently used first
  // Keyed by views of the entries' own query texts: a list node never moves.
  std::unordered_map<std::string_view, std::list<Entry>::iterator> index_;
  std::size_t footprint_ = 0;
  std::uint64_t hits_ = 0;
  std::uint64_t misses_ = 0;
};

}  // namespace lys::graphql
