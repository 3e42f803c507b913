#include "graphql/document_cache.h"

namespace lys::graphql {

std::shared_ptr<const PreparedDocument> DocumentCache::find(const std::string& query) {
  std::lock_guard lock(mutex_);
  auto found = index_.find(query);
  if (found == index_.end()) return nullptr;
  recency_.splice(recency_.begin(), recency_, found->second);
  return found->second->second;
}

void DocumentCache::insert(const std::string& query,
                           std::shared_ptr<const PreparedDocument> document) {
  std::lock_guard lock(mutex_);
  if (capacity_ == 0) return;
  auto found = index_.find(query);
  if (found != index_.end()) {
    found->second->second = std::move(document);
    recency_.splice(recency_.begin(), recency_, found->second);
    return;
  }
  recency_.emplace_front(query, std::move(document));
  index_.emplace(query, recency_.begin());
  if (recency_.size() > capacity_) {
    index_.erase(recency_.back().first);
    recency_.pop_back();
  }
}

std::size_t DocumentCache::size() const {
  std::lock_guard lock(mutex_);
  return recency_.size();
}

}  // namespace lys::graphql
