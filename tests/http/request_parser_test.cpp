#include "http/request_parser.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "codec/ascii.h"
#include "tests/fuzz/request_target.h"

namespace lys::http {
namespace {

using State = ParseResult::State;
using namespace std::string_literals;

ParseResult parse(std::string_view input, const ParseLimits& limits = {}) {
  return parse_request(input, limits);
}

struct Refusal {
  std::string input;
  int status;
};

void expect_refused(const std::vector<Refusal>& refusals, const ParseLimits& limits = {}) {
  for (const Refusal& refusal : refusals) {
    SCOPED_TRACE(testing::PrintToString(refusal.input));
    ParseResult result = parse(refusal.input, limits);
    EXPECT_EQ(result.state, State::Refused);
    EXPECT_EQ(result.status, refusal.status) << result.reason;
    EXPECT_FALSE(result.reason.empty());
  }
}

// A request whose head is exactly `size` bytes, padded in one header value.
std::string head_of_size(std::size_t size) {
  std::string start = "GET / HTTP/1.1\r\nX: ";
  return start + std::string(size - start.size() - 4, 'a') + "\r\n\r\n";
}

std::string post_with_head(std::string_view fields, std::string_view body = "") {
  return "POST /upload HTTP/1.1\r\n"s.append(fields).append("\r\n\r\n").append(body);
}

testing::AssertionResult same_request(const ParseResult& got, const ParseResult& want) {
  const Request& a = got.request;
  const Request& b = want.request;
  if (got.state != want.state || got.consumed != want.consumed || a.method != b.method ||
      a.path != b.path || a.query_string != b.query_string || a.minor_version != b.minor_version ||
      a.headers != b.headers || a.body() != b.body() || a.has_body != b.has_body) {
    return testing::AssertionFailure()
           << "got " << a.method << " " << a.path << " consuming " << got.consumed
           << " bytes, want " << b.method << " " << b.path << " consuming " << want.consumed;
  }
  return testing::AssertionSuccess();
}

// Valid inputs: a plain GET, a body framed either way, and two requests in a row.
const std::vector<std::string>& valid_requests() {
  static const std::vector<std::string> requests = {
      "\r\nGET /items/a%20b?first=10 HTTP/1.1\r\nHost: example.com\r\nAccept: */*\r\n\r\n",
      "POST /graphql HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 11\r\n\r\nhello world",
      "POST /upload HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n"
      "6 ; x\r\n world\r\n0\r\nX-Checksum: abc\r\nX-More: def\r\n\r\n",
      "POST / HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiGET /next HTTP/1.0\r\n\r\n",
  };
  return requests;
}

TEST(RequestParser, ASimpleGetGivesItsMethodDecodedPathRawQueryAndTrimmedHeaders) {
  std::string input =
      "GET /items/a%20b?first=10&after=%3D HTTP/1.1\r\nHost: example.com\r\n"
      "X-Padded: \t spaced  value \t\r\nAccept:text/plain\r\n\r\n";
  ParseResult result = parse(input);
  ASSERT_EQ(result.state, State::Complete) << result.reason;
  const Request& request = result.request;
  EXPECT_EQ(request.method, "GET");
  EXPECT_EQ(request.path, "/items/a b");
  EXPECT_EQ(request.query_string, "first=10&after=%3D");
  EXPECT_EQ(request.minor_version, 1);
  ASSERT_EQ(request.headers.size(), 3u);
  EXPECT_EQ(request.headers[1].first, "X-Padded");
  EXPECT_EQ(request.headers[1].second, "spaced  value");
  EXPECT_EQ(request.header("host"), "example.com");
  EXPECT_EQ(request.header("X-PADDED"), "spaced  value");
  EXPECT_EQ(request.header("accept"), "text/plain");
  EXPECT_EQ(request.header("Content-Length"), std::nullopt);
  EXPECT_FALSE(request.has_body);
  EXPECT_EQ(request.body(), "");
  EXPECT_EQ(result.consumed, input.size());
  EXPECT_TRUE(result.head_read);
  EXPECT_FALSE(result.expects_continue);
}

TEST(RequestParser, AnAbsoluteFormTargetKeepsOnlyItsPathAndQuery) {
  ParseResult result = parse("GET http://example.com:8080/a%2Fb?q=1 HTTP/1.1\r\n\r\n");
  ASSERT_EQ(result.state, State::Complete) << result.reason;
  EXPECT_EQ(result.request.path, "/a/b");
  EXPECT_EQ(result.request.query_string, "q=1");

  ParseResult bare_authority = parse("GET HTTPS://Example.com HTTP/1.0\r\n\r\n");
  ASSERT_EQ(bare_authority.state, State::Complete) << bare_authority.reason;
  EXPECT_EQ(bare_authority.request.path, "/");
  EXPECT_EQ(bare_authority.request.minor_version, 0);

  // The authority ends at a '?' as well as at a '/': the query is never read as a path.
  ParseResult query_only = parse("GET http://example.com?next=/admin HTTP/1.1\r\n\r\n");
  ASSERT_EQ(query_only.state, State::Complete) << query_only.reason;
  EXPECT_EQ(query_only.request.path, "/");
  EXPECT_EQ(query_only.request.query_string, "next=/admin");

  ParseResult asterisk = parse("OPTIONS * HTTP/1.1\r\n\r\n");
  ASSERT_EQ(asterisk.state, State::Complete) << asterisk.reason;
  EXPECT_EQ(asterisk.request.path, "*");
}

TEST(RequestParser, EmptyLinesBeforeTheRequestLineAreSkipped) {
  std::string input = "\r\n\r\n\r\nGET /healthz HTTP/1.1\r\n\r\n";
  ParseResult result = parse(input);
  ASSERT_EQ(result.state, State::Complete) << result.reason;
  EXPECT_EQ(result.request.path, "/healthz");
  EXPECT_EQ(result.consumed, input.size());
}

TEST(RequestParser, AContentLengthBodyIsExactAndAPipelinedRequestIsLeftOver) {
  std::string first = post_with_head("Content-Length: 11", "hello world");
  std::string second = "GET /health HTTP/1.1\r\n\r\n";
  std::string input = first + second;

  ParseResult result = parse(input);
  ASSERT_EQ(result.state, State::Complete) << result.reason;
  EXPECT_EQ(result.request.method, "POST");
  EXPECT_TRUE(result.request.has_body);
  EXPECT_EQ(result.request.body(), "hello world");
  EXPECT_EQ(result.consumed, first.size());

  ParseResult next = parse(std::string_view(input).substr(result.consumed));
  ASSERT_EQ(next.state, State::Complete) << next.reason;
  EXPECT_EQ(next.request.method, "GET");
  EXPECT_EQ(next.request.path, "/health");
  EXPECT_EQ(next.consumed, second.size());
}

TEST(RequestParser, AZeroContentLengthIsNoBody) {
  std::string input = post_with_head("Content-Length: 0");
  ParseResult result = parse(input);
  ASSERT_EQ(result.state, State::Complete) << result.reason;
  EXPECT_FALSE(result.request.has_body);
  EXPECT_EQ(result.request.body(), "");
}

TEST(RequestParser, AChunkedBodyIsJoinedAndItsTrailersSkipped) {
  std::string first = post_with_head("Transfer-Encoding: Chunked",
                                     "5;name=value\r\nhello\r\n6 ; x\r\n world\r\n"
                                     "A;a=\"quoted;value\"\r\n0123456789\r\n"
                                     "0\r\nX-Checksum: abc\r\nX-More: def\r\n\r\n");
  std::string input = first + "GET / HTTP/1.1\r\n\r\n";
  ParseResult result = parse(input);
  ASSERT_EQ(result.state, State::Complete) << result.reason;
  EXPECT_TRUE(result.request.has_body);
  EXPECT_EQ(result.request.body(), "hello world0123456789");
  EXPECT_EQ(result.consumed, first.size());
  EXPECT_EQ(result.request.header("X-Checksum"), std::nullopt);
}

TEST(RequestParser, LineEndsOtherThanCrlfAreRefused) {
  expect_refused({
      {"GET / HTTP/1.1\nHost: example.com\r\n\r\n", 400},
      {"GET / HTTP/1.1\n\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nHost: example.com\nAccept: */*\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nHost: example.com\r\r\n\r\n", 400},
  });
  // With bare LFs only, the head never ends: it waits until it is too large.
  std::string bare_lf = "GET / HTTP/1.1\nHost: example.com\n\n";
  EXPECT_EQ(parse(bare_lf).state, State::Incomplete);
  expect_refused({{bare_lf + std::string(64, 'a'), 431}}, {.max_head_bytes = 64});
}

TEST(RequestParser, MalformedRequestLinesAreRefused) {
  expect_refused({
      {"GET\r\n\r\n", 400},
      {"GET /\r\n\r\n", 400},
      {" GET / HTTP/1.1\r\n\r\n", 400},
      {"GET  / HTTP/1.1\r\n\r\n", 400},
      {"GET / extra HTTP/1.1\r\n\r\n", 400},
      {"GET / HTTP/1.1 \r\n\r\n", 400},
      {"G(T / HTTP/1.1\r\n\r\n", 400},
      {"GET /\x7f HTTP/1.1\r\n\r\n", 400},
      {"GET index.html HTTP/1.1\r\n\r\n", 400},
      {"CONNECT example.com:443 HTTP/1.1\r\n\r\n", 400},
      {"GET / http/1.1\r\n\r\n", 400},
      {"GET / HTTP/1.x\r\n\r\n", 400},
      {"GET / HTTP/a.1\r\n\r\n", 400},
      {"GET / HTTP/11\r\n\r\n", 400},
      {"GET / HTTP/1.10\r\n\r\n", 400},
  });
}

TEST(RequestParser, VersionsOtherThanHttp10And11AreRefusedWith505) {
  expect_refused({
      {"GET / HTTP/2.0\r\n\r\n", 505},
      {"GET / HTTP/1.2\r\n\r\n", 505},
      {"GET / HTTP/0.9\r\n\r\n", 505},
      {"GET / HTTP/3.1\r\n\r\n", 505},
  });
}

TEST(RequestParser, MalformedHeaderLinesAreRefused) {
  expect_refused({
      {"GET / HTTP/1.1\r\nHost : example.com\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nHost\t: example.com\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\n: no name\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nNo colon\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nX-B@d: value\r\n\r\n", 400},
  });
}

TEST(RequestParser, AFoldedHeaderLineIsRefused) {
  expect_refused({
      {"GET / HTTP/1.1\r\nX-Folded: one\r\n two\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nX-Folded: one\r\n\ttwo\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\n Host: example.com\r\n\r\n", 400},
  });
}

TEST(RequestParser, ControlCharactersInAHeaderValueAreRefusedButObsTextIsKept) {
  expect_refused({
      {"GET / HTTP/1.1\r\nX-Value: a\x01z\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nX-Value: a\x1bz\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nX-Value: a\x7fz\r\n\r\n", 400},
      {"GET / HTTP/1.1\r\nX-Value: a\0z\r\n\r\n"s, 400},
  });
  ParseResult result = parse("GET / HTTP/1.1\r\nX-Value: caf\xc3\xa9\tau lait\r\n\r\n");
  ASSERT_EQ(result.state, State::Complete) << result.reason;
  EXPECT_EQ(result.request.header("X-Value"), "caf\xc3\xa9\tau lait");
}

TEST(RequestParser, MoreThanAHundredHeaderFieldsAreRefusedWith431) {
  std::string fields;
  for (int i = 0; i < 100; ++i) fields += "X-" + std::to_string(i) + ": v\r\n";
  std::string hundred = "GET / HTTP/1.1\r\n" + fields + "\r\n";
  ParseResult result = parse(hundred);
  ASSERT_EQ(result.state, State::Complete) << result.reason;
  EXPECT_EQ(result.request.headers.size(), 100u);
  expect_refused({{"GET / HTTP/1.1\r\n" + fields + "X-100: v\r\n\r\n", 431}});
}

TEST(RequestParser, AHeadOverItsLimitIsRefusedWith431WhetherOrNotItIsComplete) {
  ParseLimits limits{.max_head_bytes = 64};
  EXPECT_EQ(parse(head_of_size(64), limits).state, State::Complete);
  EXPECT_EQ(parse(head_of_size(66).substr(0, 64), limits).state, State::Incomplete);
  expect_refused({{head_of_size(65), 431}, {head_of_size(66).substr(0, 65), 431}}, limits);
}

TEST(RequestParser, ConflictingOrMalformedBodyFramingIsRefused) {
  expect_refused({
      {post_with_head("Content-Length: 5\r\nContent-Length: 5", "hello"), 400},
      {post_with_head("Content-Length: 5\r\nContent-Length: 6", "hello!"), 400},
      {post_with_head("Content-Length: 5\r\nTransfer-Encoding: chunked", "0\r\n\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked\r\nContent-Length: 5", "0\r\n\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked"), 400},
      {post_with_head("Content-Length: -1"), 400},
      {post_with_head("Content-Length: +1", "x"), 400},
      {post_with_head("Content-Length: 1,1", "x"), 400},
      {post_with_head("Content-Length: 0x10"), 400},
      {post_with_head("Content-Length: 1 2"), 400},
      {post_with_head("Content-Length:"), 400},
  });
}

TEST(RequestParser, TransferCodingsOtherThanChunkedAreRefusedWith501) {
  expect_refused({
      {post_with_head("Transfer-Encoding: gzip"), 501},
      {post_with_head("Transfer-Encoding: gzip, chunked"), 501},
      {post_with_head("Transfer-Encoding: chunked, gzip"), 501},
      {post_with_head("Transfer-Encoding: identity"), 501},
  });
}

TEST(RequestParser, AChunkedBodyInHttp10IsRefused) {
  expect_refused({{"POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400}});
}

TEST(RequestParser, AContentLengthOverTheBodyLimitIsRefusedWith413BeforeTheBodyArrives) {
  ParseLimits limits{.max_body_bytes = 10};
  std::string input = post_with_head("Content-Length: 10", "0123456789");
  ParseResult at_limit = parse(input, limits);
  ASSERT_EQ(at_limit.state, State::Complete) << at_limit.reason;
  EXPECT_EQ(at_limit.request.body(), "0123456789");
  expect_refused({{post_with_head("Content-Length: 11"), 413}}, limits);
  // Lengths past what size_t holds saturate rather than wrap around to a small number.
  expect_refused({
      {post_with_head("Content-Length: 123456789012345678901234567890"), 413},
      {post_with_head("Content-Length: 18446744073709551616"), 413},
      {post_with_head("Content-Length: 36893488147419103242"), 413},
  });
}

TEST(RequestParser, AChunkedBodyOverTheBodyLimitIsRefusedWith413) {
  ParseLimits limits{.max_body_bytes = 10};
  std::string input =
      post_with_head("Transfer-Encoding: chunked", "6\r\nhello!\r\n4\r\nabcd\r\n0\r\n\r\n");
  ParseResult at_limit = parse(input, limits);
  ASSERT_EQ(at_limit.state, State::Complete) << at_limit.reason;
  EXPECT_EQ(at_limit.request.body(), "hello!abcd");
  expect_refused({{post_with_head("Transfer-Encoding: chunked", "6\r\nhello!\r\n5\r\n"), 413}},
                 limits);
  // A size too large to hold is refused as too large, never wrapped around.
  expect_refused({
      {post_with_head("Transfer-Encoding: chunked", "fffffffffffff\r\n"), 413},
      {post_with_head("Transfer-Encoding: chunked", "ffffffffffffffffffff\r\n"), 413},
      {post_with_head("Transfer-Encoding: chunked", "10000000000000001\r\nx\r\n"), 413},
  });
}

TEST(RequestParser, MalformedChunksAreRefused) {
  expect_refused({
      {post_with_head("Transfer-Encoding: chunked", "x\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "-5\r\nhello\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "0x5\r\nhello\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "5 x\r\nhello\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "5\r\nhelloXX0\r\n\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "5\r\nhello0\r\n\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "5\r\nhello\n0\r\n\r\n"), 400},
      // A chunk-size line too long for its extensions, whether or not it has ended.
      {post_with_head("Transfer-Encoding: chunked", "1;" + std::string(1100, 'a')), 400},
      {post_with_head("Transfer-Encoding: chunked", "1;" + std::string(1100, 'a') + "\r\n"), 400},
      // A CR, LF or other control byte in an extension could end the line elsewhere.
      {post_with_head("Transfer-Encoding: chunked", "5;\nxx\r\nhello\r\n0\r\n\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "5;a\rb\r\nhello\r\n0\r\n\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "5;a\x01\r\nhello\r\n0\r\n\r\n"), 400},
      // Trailer lines are field lines, checked as header lines are.
      {post_with_head("Transfer-Encoding: chunked", "0\r\nno colon\r\n\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "0\r\nX: a\x01b\r\n\r\n"), 400},
      {post_with_head("Transfer-Encoding: chunked", "0\r\nX: a\r\n folded\r\n\r\n"), 400},
  });
}

// The transport parses the same, growing input again as bytes arrive: what it keeps
// between calls gives the result a parse of the whole input gives, and says how long
// the input must be before a parse can finish.
TEST(RequestParser, AChunkedBodyArrivingInPiecesIsDecodedOnceIntoTheSameRequest) {
  std::string input = post_with_head("Transfer-Encoding: chunked",
                                     "5;a=b\r\nhello\r\n6\r\n world\r\n0\r\nX: y\r\n\r\n");
  ParseResult whole = parse(input);
  ASSERT_EQ(whole.state, State::Complete) << whole.reason;
  for (std::size_t step : {1u, 2u, 3u, 7u}) {
    SCOPED_TRACE(step);
    ParseProgress progress;
    ParseResult last;
    for (std::size_t length = step;; length += step) {
      last = parse_request(std::string_view(input).substr(0, std::min(length, input.size())), {},
                           progress);
      if (last.state != State::Incomplete || length >= input.size()) break;
      if (last.needed != 0) {
        EXPECT_GT(last.needed, length);
      }
    }
    ASSERT_EQ(last.state, State::Complete) << last.reason;
    EXPECT_TRUE(same_request(last, whole));
    EXPECT_EQ(progress.chunked_offset, 0u);  // reset for the next request
  }
}

TEST(RequestParser, AnIncompleteContentLengthBodySaysHowLongTheInputMustBe) {
  std::string head = post_with_head("Content-Length: 10");
  ParseResult waiting = parse(head + "abc");
  ASSERT_EQ(waiting.state, State::Incomplete);
  EXPECT_EQ(waiting.needed, head.size() + 10);
}

TEST(RequestParser, AClientExpectingContinueIsToldSoUntilItsBodyArrives) {
  std::string head = post_with_head("Expect: 100-continue\r\nContent-Length: 5");
  ParseResult waiting = parse(head);
  EXPECT_EQ(waiting.state, State::Incomplete);
  EXPECT_TRUE(waiting.head_read);
  EXPECT_TRUE(waiting.expects_continue);
  EXPECT_TRUE(parse(head + "hel").expects_continue);

  ParseResult complete = parse(head + "hello");
  ASSERT_EQ(complete.state, State::Complete) << complete.reason;
  EXPECT_FALSE(complete.expects_continue);

  EXPECT_TRUE(
      parse(post_with_head("Expect: 100-Continue\r\nTransfer-Encoding: chunked", "5\r\nhel"))
          .expects_continue);
  EXPECT_FALSE(parse("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
                   .expects_continue);
  EXPECT_FALSE(
      parse(post_with_head("Expect: something-else\r\nContent-Length: 5")).expects_continue);
}

TEST(RequestParser, HeadReadSaysWhetherTheRequestLineAndHeaderFieldsHaveEnded) {
  std::string input = post_with_head("Content-Length: 5", "hello");
  std::size_t head_size = input.size() - 5;
  ParseResult before = parse(input.substr(0, head_size - 1));
  EXPECT_EQ(before.state, State::Incomplete);
  EXPECT_FALSE(before.head_read);
  ParseResult after = parse(input.substr(0, head_size));
  EXPECT_EQ(after.state, State::Incomplete);
  EXPECT_TRUE(after.head_read);
}

TEST(RequestParser, BytesThatCannotStartARequestAreRefusedAtOnce) {
  expect_refused({
      {"\xc1", 400},
      {"\x16\x03\x01\x02\x00", 400},
      {" ", 400},
      {"\n", 400},
      {"\r\r", 400},
      {"GET\t/", 400},
  });
  for (std::string_view start : {"", "G", "GE", "GET ", "GET /ind", "\r", "\r\n", "\r\n\r"}) {
    SCOPED_TRACE(testing::PrintToString(std::string(start)));
    ParseResult result = parse(start);
    EXPECT_EQ(result.state, State::Incomplete);
    EXPECT_FALSE(result.head_read);
  }
}

TEST(RequestParser, EveryPrefixOfAValidRequestWaitsForMore) {
  for (const std::string& input : valid_requests()) {
    SCOPED_TRACE(testing::PrintToString(input));
    ParseResult full = parse(input);
    ASSERT_EQ(full.state, State::Complete) << full.reason;
    bool head_read = false;
    for (std::size_t size = 0; size < input.size(); ++size) {
      ParseResult part = parse(std::string_view(input).substr(0, size));
      if (size < full.consumed) {
        ASSERT_EQ(part.state, State::Incomplete) << "prefix of " << size << ": " << part.reason;
        ASSERT_TRUE(part.head_read || !head_read) << "prefix of " << size;
        head_read = part.head_read;
      } else {
        // Past the first of two pipelined requests: that first request, every time.
        ASSERT_TRUE(same_request(part, full)) << "prefix of " << size;
      }
    }
  }
}

// Arbitrary edits of valid requests: whatever the parser answers, the answer is sound.
TEST(RequestParser, MutatedRequestsGiveSoundResults) {
  const std::vector<std::string>& seeds = valid_requests();
  const ParseLimits limits{.max_head_bytes = 120, .max_body_bytes = 16};
  constexpr std::string_view kInteresting("\r\n :;\t012fF%\x7f\xc1\0", 15);
  std::mt19937 random(20240617);
  auto below = [&](std::size_t bound) { return bound == 0 ? 0 : random() % bound; };
  auto some_byte = [&] {
    return below(2) == 0 ? kInteresting[below(kInteresting.size())]
                         : static_cast<char>(random() & 0xff);
  };

  std::size_t complete = 0, incomplete = 0;
  std::set<int> statuses;
  for (int round = 0; round < 20000; ++round) {
    std::string input = seeds[below(seeds.size())];
    for (std::size_t edits = 1 + below(4); edits > 0; --edits) {
      std::size_t at = below(input.size() + 1);
      switch (below(5)) {
        case 0:
          if (at < input.size()) input[at] = some_byte();
          break;
        case 1:
          input.insert(at, 1, some_byte());
          break;
        case 2:
          if (at < input.size()) input.erase(at, 1);
          break;
        case 3: {
          const std::string& other = seeds[below(seeds.size())];
          input = input.substr(0, at) + other.substr(below(other.size() + 1));
          break;
        }
        default:
          input.resize(at);  // a connection's input is often cut short
      }
    }
    fuzz::RequestRun run = fuzz::run_request_parser(input, limits);
    ASSERT_EQ(run.broken, "") << testing::PrintToString(input);
    complete += run.complete;
    incomplete += run.last == State::Incomplete;
    if (run.last == State::Refused) statuses.insert(run.status);
  }
  // The edits reach every outcome, so the invariants were checked on each of them.
  EXPECT_GT(complete, 0u);
  EXPECT_GT(incomplete, 0u);
  EXPECT_EQ(statuses, (std::set<int>{400, 413, 431, 501, 505}));
}

TEST(PercentDecode, DecodesEscapesInEitherCase) {
  EXPECT_EQ(percent_decode("%41%62%2f%2F%c3%A9", false), "Ab//\xc3\xa9");
  EXPECT_EQ(percent_decode("a%20b%3Fc", false), "a b?c");
  EXPECT_EQ(percent_decode("%00", false), "\0"s);
  EXPECT_EQ(percent_decode("", false), "");
}

TEST(PercentDecode, APlusIsASpaceOnlyWhenAsked) {
  EXPECT_EQ(percent_decode("a+b", false), "a+b");
  EXPECT_EQ(percent_decode("a+b", true), "a b");
  EXPECT_EQ(percent_decode("a%2Bb", true), "a+b");
}

TEST(PercentDecode, APercentWithoutTwoHexDigitsStaysAsItIs) {
  for (std::string_view text : {"%", "%4", "a%4", "%zz", "%4g", "%g4", "100%"}) {
    EXPECT_EQ(percent_decode(text, false), text);
  }
  EXPECT_EQ(percent_decode("%%41", false), "%A");
}

TEST(HeaderTokens, NamesCompareIgnoringAsciiCase) {
  using codec::equals_ignoring_case;
  EXPECT_TRUE(equals_ignoring_case("Content-Length", "content-LENGTH"));
  EXPECT_FALSE(equals_ignoring_case("Content-Length", "Content-Lengt"));
  EXPECT_FALSE(equals_ignoring_case("\xc3\xa9", "\xc3\x89"));
  EXPECT_TRUE(equals_ignoring_case("", ""));
}

TEST(HeaderTokens, OptionalWhitespaceIsSpacesAndTabsOnly) {
  EXPECT_EQ(codec::trim_whitespace(" \t a b\t "), "a b");
  EXPECT_EQ(codec::trim_whitespace("\r\na\n"), "\r\na\n");
  EXPECT_EQ(codec::trim_whitespace(" \t "), "");
}

TEST(HeaderTokens, AListHoldsATokenOnlyAsAWholeItem) {
  EXPECT_TRUE(lists_token("keep-alive, Upgrade", "upgrade"));
  EXPECT_TRUE(lists_token(" \tclose\t ", "close"));
  EXPECT_TRUE(lists_token("a,,close", "close"));
  EXPECT_FALSE(lists_token("closed, unclose", "close"));
  EXPECT_FALSE(lists_token("", "close"));
  EXPECT_FALSE(lists_token("keep alive", "keep"));
}

}  // namespace
}  // namespace lys::http
