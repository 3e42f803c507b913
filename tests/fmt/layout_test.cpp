// Exact output of `lysc fmt` for small inputs, one rule of the layout per test.
#include <gtest/gtest.h>

#include "fmt_support.h"

namespace lys::testing {
namespace {

TEST(FmtLayout, AlignsTheTypesOfConsecutiveFieldsAndSeparatesRunsAtBlankLines) {
  EXPECT_EQ(format_text("app a{entity E{id_code:string(8) name :text? @search\n"
                        "count:int=0 @check(count>=0)\n\n"
                        "x:E?=null on delete set null}}"),
            "app a {\n"
            "  entity E {\n"
            "    id_code: string(8)\n"
            "    name:    text? @search\n"
            "    count:   int = 0 @check(count >= 0)\n"
            "\n"
            "    x: E? = null on delete set null\n"
            "  }\n"
            "}\n");
}

TEST(FmtLayout, PadsConstraintScopeAndSingleOperationRuleKeywords) {
  EXPECT_EQ(format_text("app a {\n entity E {\n  unique (a, b)\n  index (c)\n"
                        "  check (a < b)\n  tenant t\n  owner o\n"
                        "  allow read to anonymous\n  allow create to authenticated\n"
                        "  allow update, delete to owner\n }\n}\n"),
            "app a {\n"
            "  entity E {\n"
            "    unique (a, b)\n"
            "    index  (c)\n"
            "    check  (a < b)\n"
            "    tenant t\n"
            "    owner  o\n"
            "    allow read   to anonymous\n"
            "    allow create to authenticated\n"
            "    allow update, delete to owner\n"
            "  }\n"
            "}\n");
}

TEST(FmtLayout, PutsOneBlankLineBetweenDeclarationsAndPrintsEmptyBlocksOnOneLine) {
  EXPECT_EQ(format_text("app a { uses b, c enum E { X @hidden, Y } parametric P { }\n"
                        "\n\n\n entity Q {} }\napp b{}"),
            "app a {\n"
            "  uses b, c\n"
            "\n"
            "  enum E {\n"
            "    X @hidden\n"
            "    Y\n"
            "  }\n"
            "\n"
            "  parametric P {}\n"
            "\n"
            "  entity Q {}\n"
            "}\n"
            "\n"
            "app b {}\n");
}

TEST(FmtLayout, PrintsDocCommentsBeforeTheirDeclaration) {
  EXPECT_EQ(format_text("///  The app.   \n app a {\n///Line one.\n///\n/// Line three.\n"
                        "entity E { ///  A field.\n f: int } }"),
            "///  The app.\n"
            "app a {\n"
            "  /// Line one.\n"
            "  ///\n"
            "  /// Line three.\n"
            "  entity E {\n"
            "    ///  A field.\n"
            "    f: int\n"
            "  }\n"
            "}\n");
}

TEST(FmtLayout, KeepsWrittenParenthesesAndAddsNone) {
  EXPECT_EQ(format_text("app a{entity E{check((a+b)*c>-1 and not(x) or y in(1,2)and z is not null)"
                        "}}"),
            "app a {\n"
            "  entity E {\n"
            "    check ((a + b) * c > -1 and not (x) or y in (1, 2) and z is not null)\n"
            "  }\n"
            "}\n");
}

TEST(FmtLayout, EscapesStrings) {
  EXPECT_EQ(format_text("app a{entity E{s:text=\"q\\\"b\\\\n\\nt\\t\"}}"),
            "app a {\n"
            "  entity E {\n"
            "    s: text = \"q\\\"b\\\\n\\nt\\t\"\n"
            "  }\n"
            "}\n");
}

TEST(FmtLayout, PrintsQueryClausesOnContinuationLines) {
  EXPECT_EQ(format_text("app a{query q(t:string,n:int=10):connection<E>where name ilike $t "
                        "order by a,b asc,c desc allow to role R,owner where x==1 "
                        "mutation m(e:E):E set s=DONE,n=n+1 allow to internal "
                        "mutation d(e:E):E extern delete allow to admin}"),
            "app a {\n"
            "  query q(t: string, n: int = 10) : connection<E>\n"
            "    where name ilike $t\n"
            "    order by a, b asc, c desc\n"
            "    allow to role R, owner where x == 1\n"
            "\n"
            "  mutation m(e: E) : E\n"
            "    set s = DONE, n = n + 1\n"
            "    allow to internal\n"
            "\n"
            "  mutation d(e: E) : E extern\n"
            "    delete\n"
            "    allow to admin\n"
            "}\n");
}

TEST(FmtLayout, AlignsFixtureKeysAndWrapsRecordsOverOneHundredColumns) {
  EXPECT_EQ(
      format_text("app a { fixtures auth.Role for dev, demo { X { d: \"x\", n: 1 }\n"
                  "LONGER{d:\"y\"}\n"
                  "WIDE { first: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", second: "
                  "\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\", third: \"cccccccccccccccccccc\" } } }"),
      "app a {\n"
      "  fixtures auth.Role for dev, demo {\n"
      "    X      { d: \"x\", n: 1 }\n"
      "    LONGER { d: \"y\" }\n"
      "    WIDE {\n"
      "      first: \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", second: "
      "\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\",\n"
      "      third: \"cccccccccccccccccccc\"\n"
      "    }\n"
      "  }\n"
      "}\n");
}

TEST(FmtLayout, KeepsTrailingCommentsAlignedAndMovesCommentsOutOfJoinedLines) {
  EXPECT_EQ(format_text("// top\napp a {\n  entity E {\n"
                        "    long_name: int // one\n"
                        "    b: int   // two\n"
                        "    c:\n"
                        "      // inside\n"
                        "      int\n"
                        "    // last\n"
                        "  }\n"
                        "}\n"
                        "// end\n"),
            "// top\n"
            "app a {\n"
            "  entity E {\n"
            "    long_name: int  // one\n"
            "    b:         int  // two\n"
            "    // inside\n"
            "    c:         int\n"
            "    // last\n"
            "  }\n"
            "}\n"
            "// end\n");
}

TEST(FmtLayout, KeepsTheColumnOfATrailingCommentWhenTheCodeLeavesRoom) {
  EXPECT_EQ(format_text("app a {\n  entity E {\n    f:   int            // far\n  }\n}\n"),
            "app a {\n  entity E {\n    f: int              // far\n  }\n}\n");
}

}  // namespace
}  // namespace lys::testing
