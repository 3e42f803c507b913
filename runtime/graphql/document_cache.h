// A bounded LRU cache of prepared documents by query text, so a repeated query skips
// parsing and validation. Thread-safe: requests execute concurrently.
#pragma once

#include <atomic>
#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "graphql/ast.h"
#include "graphql/selection_template.h"
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

class DocumentCache {
 public:
  explicit DocumentCache(std::size_t capacity) : capacity_(capacity) {}

  std::shared_ptr<const PreparedDocument> find(const std::string& query);
  void insert(const std::string& query, std::shared_ptr<const PreparedDocument> document);
  std::size_t size() const;

 private:
  using Entry = std::pair<std::string, std::shared_ptr<const PreparedDocument>>;

  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::list<Entry> recency_;  // most recently used first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
};

}  // namespace lys::graphql
