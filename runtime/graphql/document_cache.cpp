#include "graphql/document_cache.h"

namespace lys::graphql {

namespace {
constexpr std::size_t kBytesPerToken = 256;
}  // namespace

std::size_t estimated_footprint(std::string_view query, const PreparedDocument& document) {
  return query.size() + kBytesPerToken * document.document.token_count;
}

std::shared_ptr<const PreparedDocument> DocumentCache::find(std::string_view query) {
  std::lock_guard lock(mutex_);
  auto found = index_.find(query);
  if (found == index_.end()) {
    ++misses_;
    return nullptr;
  }
  ++hits_;
  recency_.splice(recency_.begin(), recency_, found->second);
  return found->second->document;
}

void DocumentCache::insert(std::string_view query,
                           std::shared_ptr<const PreparedDocument> document) {
  const std::size_t footprint = estimated_footprint(query, *document);
  if (footprint > byte_budget_ / 8) return;
  std::lock_guard lock(mutex_);
  if (capacity_ == 0 || index_.contains(query)) return;  // another request prepared it too
  recency_.push_front(Entry{std::string(query), std::move(document), footprint});
  index_.emplace(recency_.front().query, recency_.begin());
  footprint_ += footprint;
  while (recency_.size() > capacity_ || footprint_ > byte_budget_) evict_oldest();
}

void DocumentCache::evict_oldest() {
  const Entry& oldest = recency_.back();
  index_.erase(oldest.query);
  footprint_ -= oldest.footprint;
  recency_.pop_back();
}

CacheStats DocumentCache::stats() const {
  std::lock_guard lock(mutex_);
  return {recency_.size(), footprint_, hits_, misses_};
}

}  // namespace lys::graphql
