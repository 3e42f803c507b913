#include "graphql/document_cache.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace lys::graphql {
namespace {

std::shared_ptr<const PreparedDocument> document_of(std::size_t tokens) {
  auto document = std::make_shared<PreparedDocument>();
  document->document.token_count = tokens;
  return document;
}

TEST(DocumentCacheTest, EvictsTheLeastRecentlyUsedPastItsCapacity) {
  DocumentCache cache(2, 1024 * 1024);
  cache.insert("{ a }", document_of(3));
  cache.insert("{ b }", document_of(3));
  ASSERT_NE(cache.find("{ a }"), nullptr);  // now the most recent
  cache.insert("{ c }", document_of(3));
  EXPECT_EQ(cache.stats().entries, 2u);
  EXPECT_NE(cache.find("{ a }"), nullptr);
  EXPECT_EQ(cache.find("{ b }"), nullptr);
  EXPECT_NE(cache.find("{ c }"), nullptr);
}

TEST(DocumentCacheTest, FootprintIsTheTextAndAnEstimatePerToken) {
  PreparedDocument document;
  document.document.token_count = 10;
  EXPECT_EQ(estimated_footprint("{ a }", document), 5u + 10u * 256u);
}

TEST(DocumentCacheTest, StaysWithinItsByteBudgetWhateverTheDocuments) {
  const std::size_t budget = 64 * 1024;
  DocumentCache cache(512, budget);
  for (int i = 0; i < 200; ++i) {
    // Unique documents of up to budget / 8, as a client never repeating itself sends.
    std::string query = "{ me { id } } #" + std::to_string(i) + std::string(i * 30, 'x');
    cache.insert(query, document_of(4));
    ASSERT_LE(cache.stats().bytes, budget);
  }
  EXPECT_LT(cache.stats().entries, 200u);
  // The most recent stays; the oldest went first.
  EXPECT_NE(cache.find("{ me { id } } #199" + std::string(199 * 30, 'x')), nullptr);
  EXPECT_EQ(cache.find("{ me { id } } #0"), nullptr);
}

TEST(DocumentCacheTest, KeepsNoDocumentOverAnEighthOfTheBudget) {
  DocumentCache cache(512, 8 * 1024);
  cache.insert("{ small }", document_of(3));
  cache.insert("{ large }", document_of(5));  // 9 + 5 * 256 bytes: over 1 KiB
  EXPECT_NE(cache.find("{ small }"), nullptr);
  EXPECT_EQ(cache.find("{ large }"), nullptr);
  EXPECT_EQ(cache.stats().entries, 1u);
}

TEST(DocumentCacheTest, ASecondInsertOfTheSameQueryCountsOnce) {
  DocumentCache cache(512, 1024 * 1024);
  cache.insert("{ a }", document_of(3));
  const std::size_t once = cache.stats().bytes;
  cache.insert("{ a }", document_of(3));
  EXPECT_EQ(cache.stats().entries, 1u);
  EXPECT_EQ(cache.stats().bytes, once);
}

TEST(DocumentCacheTest, CountsHitsAndMisses) {
  DocumentCache cache(512, 1024 * 1024);
  EXPECT_EQ(cache.find("{ a }"), nullptr);
  cache.insert("{ a }", document_of(3));
  ASSERT_NE(cache.find("{ a }"), nullptr);
  ASSERT_NE(cache.find("{ a }"), nullptr);
  EXPECT_EQ(cache.find("{ b }"), nullptr);
  CacheStats stats = cache.stats();
  EXPECT_EQ(stats.hits, 2u);
  EXPECT_EQ(stats.misses, 2u);
  EXPECT_EQ(stats.entries, 1u);
  EXPECT_EQ(stats.bytes, 5u + 3u * 256u);
}

}  // namespace
}  // namespace lys::graphql
