#include "api/input_scalars.h"

#include <gtest/gtest.h>

#include "lys/query/global_id.h"

namespace lys::api {
namespace {

TEST(Base64, DecodesEveryRemainderWithOrWithoutPadding) {
  EXPECT_EQ(decode_base64(""), "");
  EXPECT_EQ(decode_base64("Zg=="), "f");
  EXPECT_EQ(decode_base64("Zm8="), "fo");
  EXPECT_EQ(decode_base64("Zm9v"), "foo");
  EXPECT_EQ(decode_base64("Zm9vYg"), "foob");
  EXPECT_EQ(decode_base64("+/8="), "\xfb\xff");
}

TEST(Base64, RejectsForeignCharactersBadPaddingAndNonCanonicalBits) {
  EXPECT_FALSE(decode_base64("-_8="));  // the URL alphabet
  EXPECT_FALSE(decode_base64("Z"));
  EXPECT_FALSE(decode_base64("Zm8=="));
  EXPECT_FALSE(decode_base64("Zm9="));  // trailing bits set
  EXPECT_FALSE(decode_base64("Zm 8="));
}

TEST(Utf8Length, CountsCodePointsAndRejectsBrokenSequences) {
  EXPECT_EQ(utf8_length("abc"), 3u);
  EXPECT_EQ(utf8_length("h\xc3\xa9t\xc3\xa9"), 4u);  // "hété"
  EXPECT_EQ(utf8_length("\xf0\x9f\x98\x80"), 1u);    // one emoji
  EXPECT_FALSE(utf8_length("\xc3"));                 // truncated
  EXPECT_FALSE(utf8_length("\xff"));                 // no such lead byte
  EXPECT_FALSE(utf8_length("\xe2\x82x"));            // bad continuation
}

TEST(Uuid, NormalisesCaseAndChecksTheShape) {
  EXPECT_EQ(normalize_uuid("6F1C2B0E-8A53-4C1E-9D3F-2A7B5C9E0D14"),
            "6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d14");
  EXPECT_FALSE(normalize_uuid("6f1c2b0e8a534c1e9d3f2a7b5c9e0d14"));
  EXPECT_FALSE(normalize_uuid("6f1c2b0e-8a53-4c1e-9d3f-2a7b5c9e0d1g"));
  EXPECT_FALSE(normalize_uuid("6f1c2b0e-8a53-4c1e-9d3f+2a7b5c9e0d14"));
}

TEST(Date, AcceptsRealCalendarDaysOnly) {
  EXPECT_TRUE(is_valid_date("2024-02-29"));
  EXPECT_FALSE(is_valid_date("2023-02-29"));
  EXPECT_FALSE(is_valid_date("2024-13-01"));
  EXPECT_FALSE(is_valid_date("2024-04-31"));
  EXPECT_FALSE(is_valid_date("2024-4-01"));
  EXPECT_FALSE(is_valid_date("2024-04-01T00:00:00Z"));
}

TEST(DateTime, NormalisesToUtcWithMilliseconds) {
  EXPECT_EQ(normalize_datetime("2026-11-21T12:00:00Z"), "2026-11-21T12:00:00.000Z");
  EXPECT_EQ(normalize_datetime("2026-11-21T12:00:00.5Z"), "2026-11-21T12:00:00.500Z");
  EXPECT_EQ(normalize_datetime("2026-11-21T12:00:00.123456z"), "2026-11-21T12:00:00.123Z");
  EXPECT_EQ(normalize_datetime("2026-11-21T01:30:00+02:00"), "2026-11-20T23:30:00.000Z");
  EXPECT_EQ(normalize_datetime("2024-12-31T23:30:00-01:00"), "2025-01-01T00:30:00.000Z");
  EXPECT_EQ(normalize_datetime("2024-03-01T00:00:00+00:01"), "2024-02-29T23:59:00.000Z");
}

TEST(DateTime, RejectsWhatIsNotRfc3339) {
  for (const char* text :
       {"2026-11-21", "2026-11-21T12:00:00", "2026-11-21 12:00:00Z", "2026-11-21T24:00:00Z",
        "2026-11-21T12:00:00.Z", "2026-11-21T12:00:00+0200", "2026-02-30T12:00:00Z",
        "2026-11-21T12:00:00Zjunk"}) {
    EXPECT_FALSE(normalize_datetime(text)) << text;
  }
}

TEST(Decimal, HoldsPrecisionAndScale) {
  EXPECT_EQ(normalize_decimal("99999999.99", 10, 2), "99999999.99");
  EXPECT_EQ(normalize_decimal("+19.9", 10, 2), "19.9");
  EXPECT_EQ(normalize_decimal("-0.5", 10, 2), "-0.5");
  EXPECT_EQ(normalize_decimal("00012", 3, 0), "00012");
  EXPECT_FALSE(normalize_decimal("100000000.00", 10, 2));  // nine digits before the point
  EXPECT_FALSE(normalize_decimal("1.999", 10, 2));
  EXPECT_FALSE(normalize_decimal("1.", 10, 2));
  EXPECT_FALSE(normalize_decimal(".5", 10, 2));
  EXPECT_FALSE(normalize_decimal("1e3", 10, 2));
  EXPECT_FALSE(normalize_decimal("--1", 10, 2));
  EXPECT_FALSE(normalize_decimal("", 10, 2));
}

TEST(Json, AcceptsOneCompleteValue) {
  EXPECT_TRUE(is_valid_json(R"({"a": [1, 2, null]})"));
  EXPECT_TRUE(is_valid_json(" 3 "));
  EXPECT_FALSE(is_valid_json("{\"a\": }"));
  EXPECT_FALSE(is_valid_json("{} {}"));
  EXPECT_FALSE(is_valid_json(""));
}

}  // namespace
}  // namespace lys::api
