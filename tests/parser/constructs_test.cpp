// Every construct of the grammar, in small sources: contextual keywords as names,
// expressions and their precedence, literals, results, docs and comments.
#include <gtest/gtest.h>

#include "tests/parser/parsed_source.h"

namespace lys {
namespace {

using testing::ParsedSource;
using testing::pos;

class Constructs : public ::testing::Test {
 protected:
  const ast::App& parse(const std::string& text) {
    testing::parse_into(parsed_, "test.lys", text);
    EXPECT_EQ(parsed_.messages(), std::vector<std::string>{}) << text;
    static const ast::App none;
    return parsed_.tree.apps.empty() ? none : parsed_.tree.apps.front();
  }
  // The default value of the only field of `app a { entity E { x: int = EXPR } }`.
  const ast::Expr& default_of(const std::string& expression) {
    const ast::App& app = parse("app a { entity E { x: int = " + expression + " } }");
    const auto& field =
        std::get<ast::Field>(std::get<ast::Entity>(app.members.at(0)).members.at(0));
    return *field.default_value;
  }
  ParsedSource parsed_;
};

const ast::BinaryExpr& binary(const ast::Expr& expr) {
  return std::get<ast::BinaryExpr>(expr.node);
}

TEST_F(Constructs, PositionKeywordsAreNames) {
  const ast::App& app = parse(R"(app owner {
  entity role {
    owner: int
    role: role
    index: int
    order: int
    check: int
    unique: int
    tenant: int
    set: int
    soft: soft owner.role
    connection: connection
    unique (owner, role)
    index (order)
    check (check > 0)
    tenant tenant
    owner owner
    allow all to owner, role admin where owner == current_user
  }
  query order(order: int, by: string) : [role] where set == $order order by order asc, by
  mutation delete(x: role) : role delete allow to internal
})");
  EXPECT_EQ(app.name.text, "owner");
  const auto& role = std::get<ast::Entity>(app.members.at(0));
  EXPECT_EQ(role.name.text, "role");
  ASSERT_EQ(role.members.size(), 16u);
  const char* fields[] = {"owner",  "role",   "index", "order", "check",
                          "unique", "tenant", "set",   "soft",  "connection"};
  for (std::size_t i = 0; i < 10; ++i) {
    EXPECT_EQ(std::get<ast::Field>(role.members[i]).name.text, fields[i]);
  }
  const auto& soft = std::get<ast::Field>(role.members[8]);
  EXPECT_TRUE(soft.type.soft);
  EXPECT_EQ(soft.type.name.str(), "owner.role");
  EXPECT_EQ(std::get<ast::TableConstraint>(role.members[10]).fields[1].text, "role");
  EXPECT_EQ(std::get<ast::TenantDecl>(role.members[13]).field.text, "tenant");
  EXPECT_EQ(std::get<ast::OwnerDecl>(role.members[14]).field.text, "owner");
  const auto& rule = std::get<ast::AllowRule>(role.members[15]);
  EXPECT_EQ(rule.operations.at(0).op, ast::Operation::All);
  EXPECT_EQ(rule.principals.at(1).role.text, "admin");

  const auto& query = std::get<ast::NamedOperation>(app.members.at(1));
  EXPECT_EQ(query.name.text, "order");
  EXPECT_EQ(query.result.shape, ast::ResultShape::List);
  ASSERT_EQ(query.order.size(), 2u);
  EXPECT_TRUE(query.order[0].explicit_direction);
  EXPECT_FALSE(query.order[0].descending);
  EXPECT_EQ(query.order[1].field.str(), "by");
  EXPECT_FALSE(query.order[1].explicit_direction);

  const auto& remove = std::get<ast::NamedOperation>(app.members.at(2));
  EXPECT_EQ(remove.name.text, "delete");
  EXPECT_TRUE(remove.deletes);
  EXPECT_EQ(remove.rules.at(0).principals.at(0).kind, ast::PrincipalKind::Internal);
}

TEST_F(Constructs, MutationWithSeveralAssignmentsExternAndConnectionResult) {
  const ast::App& app =
      parse("app a { mutation m(x: E, n: int = 2) : connection<E?> extern set a = 1, b = $n }");
  const auto& mutation = std::get<ast::NamedOperation>(app.members.at(0));
  EXPECT_TRUE(mutation.is_extern);
  EXPECT_EQ(mutation.result.shape, ast::ResultShape::Connection);
  EXPECT_TRUE(mutation.result.type.nullable);
  EXPECT_EQ(mutation.result.span.begin, pos(0, 39));
  EXPECT_EQ(mutation.result.span.end, pos(0, 53));
  ASSERT_EQ(mutation.assignments.size(), 2u);
  EXPECT_EQ(mutation.assignments[1].field.text, "b");
  EXPECT_EQ(std::get<ast::ArgumentExpr>(mutation.assignments[1].value->node).name.text, "n");
  ASSERT_NE(mutation.parameters.at(1).default_value, nullptr);
  EXPECT_TRUE(mutation.rules.empty());
}

TEST_F(Constructs, PrecedenceOrAndNotComparisonSumProduct) {
  const ast::Expr& expr = default_of("not a or b and c == 1 + 2 * 3");
  EXPECT_EQ(binary(expr).op, ast::BinaryOp::Or);
  EXPECT_EQ(std::get<ast::UnaryExpr>(binary(expr).left->node).op, ast::UnaryOp::Not);
  const ast::BinaryExpr& conjunction = binary(*binary(expr).right);
  EXPECT_EQ(conjunction.op, ast::BinaryOp::And);
  const ast::BinaryExpr& equality = binary(*conjunction.right);
  EXPECT_EQ(equality.op, ast::BinaryOp::Eq);
  const ast::BinaryExpr& sum = binary(*equality.right);
  EXPECT_EQ(sum.op, ast::BinaryOp::Add);
  EXPECT_EQ(binary(*sum.right).op, ast::BinaryOp::Mul);
  EXPECT_EQ(expr.span.begin, pos(0, 28));
  EXPECT_EQ(expr.span.end, pos(0, 57));
}

TEST_F(Constructs, NotBindsLooserThanComparison) {
  const ast::Expr& expr = default_of("not a == b");
  const auto& negation = std::get<ast::UnaryExpr>(expr.node);
  EXPECT_EQ(binary(*negation.operand).op, ast::BinaryOp::Eq);
}

TEST_F(Constructs, SubtractionIsLeftAssociative) {
  const ast::Expr& expr = default_of("a - b - c");
  EXPECT_EQ(binary(*binary(expr).left).op, ast::BinaryOp::Sub);
  EXPECT_EQ(std::get<ast::PathExpr>(binary(expr).right->node).path.str(), "c");
}

TEST_F(Constructs, IsNullAndInForms) {
  const auto& is_not_null = std::get<ast::IsNullExpr>(default_of("a.b is not null").node);
  EXPECT_TRUE(is_not_null.negated);
  EXPECT_EQ(std::get<ast::PathExpr>(is_not_null.operand->node).path.str(), "a.b");
  const auto& not_in = std::get<ast::InExpr>(default_of("status not in (A, B, 3)").node);
  EXPECT_TRUE(not_in.negated);
  EXPECT_EQ(not_in.values.size(), 3u);
  EXPECT_FALSE(std::get<ast::InExpr>(default_of("x in (1)").node).negated);
}

TEST_F(Constructs, NegativeNumbersKeepTheirSpelling) {
  const ast::Expr& minus_three = default_of("-3");
  EXPECT_EQ(std::get<ast::IntLiteral>(minus_three.node).spelling, "-3");
  EXPECT_EQ(minus_three.span.begin, pos(0, 28));
  EXPECT_EQ(minus_three.span.end, pos(0, 30));
  EXPECT_EQ(std::get<ast::DecimalLiteral>(default_of("-0.50").node).spelling, "-0.50");
  const auto& twice = std::get<ast::UnaryExpr>(default_of("- -3").node);
  EXPECT_EQ(twice.op, ast::UnaryOp::Negate);
  EXPECT_EQ(std::get<ast::IntLiteral>(twice.operand->node).spelling, "-3");
  EXPECT_EQ(std::get<ast::UnaryExpr>(default_of("-x").node).op, ast::UnaryOp::Negate);
  EXPECT_EQ(std::get<ast::UnaryExpr>(default_of("-(3)").node).op, ast::UnaryOp::Negate);
}

TEST_F(Constructs, ParenthesesAreKeptAsAFlagWithTheirSpan) {
  const ast::Expr& expr = default_of("(a or b) and c");
  const ast::Expr& group = *binary(expr).left;
  EXPECT_TRUE(group.parenthesized);
  EXPECT_EQ(binary(group).op, ast::BinaryOp::Or);
  EXPECT_EQ(group.span.begin, pos(0, 28));
  EXPECT_EQ(group.span.end, pos(0, 36));
  EXPECT_FALSE(expr.parenthesized);
}

TEST_F(Constructs, LiteralsAndBuiltins) {
  EXPECT_TRUE(std::holds_alternative<ast::NullLiteral>(default_of("null").node));
  EXPECT_TRUE(std::get<ast::BoolLiteral>(default_of("true").node).value);
  EXPECT_EQ(std::get<ast::BuiltinExpr>(default_of("now").node).value, ast::BuiltinValue::Now);
  EXPECT_EQ(std::get<ast::BuiltinExpr>(default_of("current_org").node).value,
            ast::BuiltinValue::CurrentOrg);
  EXPECT_EQ(std::get<ast::IntLiteral>(default_of("007").node).spelling, "007");
}

TEST_F(Constructs, StringEscapesAreDecodedToUtf8) {
  EXPECT_EQ(std::get<ast::StringLiteral>(default_of(R"("a\"b\\c\nd\te")").node).value,
            "a\"b\\c\nd\te");
  EXPECT_EQ(std::get<ast::StringLiteral>(default_of(R"("caf\u00e9 \u20AC \u0041")").node).value,
            "caf\xc3\xa9 \xe2\x82\xac A");
  EXPECT_EQ(std::get<ast::StringLiteral>(default_of("\"d\xc3\xa9j\xc3\xa0\"").node).value,
            "d\xc3\xa9j\xc3\xa0");
}

TEST_F(Constructs, AnnotationsWithAndWithoutArguments) {
  const ast::App& app =
      parse("app a @x @y() @z(1, \"s\") { enum E @hidden { A @renamed_from(B), C } }");
  ASSERT_EQ(app.attributes.annotations.size(), 3u);
  EXPECT_FALSE(app.attributes.annotations[0].has_parentheses);
  EXPECT_TRUE(app.attributes.annotations[1].has_parentheses);
  EXPECT_TRUE(app.attributes.annotations[1].arguments.empty());
  EXPECT_EQ(app.attributes.annotations[2].arguments.size(), 2u);
  EXPECT_EQ(app.attributes.annotations[2].span.begin, pos(0, 14));
  EXPECT_EQ(app.attributes.annotations[2].span.end, pos(0, 24));
  const auto& values = std::get<ast::Enum>(app.members.at(0)).values;
  ASSERT_EQ(values.size(), 2u);
  EXPECT_EQ(values[0].attributes.annotations.at(0).name.text, "renamed_from");
  EXPECT_EQ(values[0].span.end, pos(0, 62));
}

TEST_F(Constructs, DocCommentsAttachToEveryDeclarationKind) {
  const ast::App& app = parse(R"(/// The app.
/// Second line.
app a {
  /// An enum.
  enum E {
    /// A value.
    A
  }
  /// An entity.
  entity X {
    /// A field.
    x: int
  }
  /// Some fixtures.
  fixtures X { k { x: 1 } }
  /// A query.
  query q() : int
  /// A mutation.
  mutation m() : int extern
}
)");
  EXPECT_EQ(app.attributes.doc, "The app.\nSecond line.");
  const auto& enumeration = std::get<ast::Enum>(app.members.at(0));
  EXPECT_EQ(enumeration.attributes.doc, "An enum.");
  EXPECT_EQ(enumeration.values.at(0).attributes.doc, "A value.");
  const auto& entity = std::get<ast::Entity>(app.members.at(1));
  EXPECT_EQ(entity.attributes.doc, "An entity.");
  EXPECT_EQ(std::get<ast::Field>(entity.members.at(0)).attributes.doc, "A field.");
  EXPECT_EQ(std::get<ast::Fixtures>(app.members.at(2)).attributes.doc, "Some fixtures.");
  EXPECT_EQ(std::get<ast::NamedOperation>(app.members.at(3)).attributes.doc, "A query.");
  EXPECT_EQ(std::get<ast::NamedOperation>(app.members.at(4)).attributes.doc, "A mutation.");
  EXPECT_TRUE(parsed_.tree.comments.empty());
}

TEST_F(Constructs, CommentsKeepTextSpanAndTrailingFlag) {
  parse("// leading\napp a { // trailing\n  //// four slashes\n}\n");
  const std::vector<ast::Comment>& comments = parsed_.tree.comments;
  ASSERT_EQ(comments.size(), 3u);
  EXPECT_EQ(comments[0].text, "// leading");
  EXPECT_FALSE(comments[0].trailing);
  EXPECT_EQ(comments[1].text, "// trailing");
  EXPECT_TRUE(comments[1].trailing);
  EXPECT_EQ(comments[1].span.begin, pos(1, 8));
  EXPECT_EQ(comments[1].span.end, pos(1, 19));
  EXPECT_EQ(comments[2].text, "//// four slashes");
  EXPECT_FALSE(comments[2].trailing);
}

TEST_F(Constructs, EmptyFileAndSeveralApps) {
  EXPECT_TRUE(parse("").members.empty());
  testing::parse_into(parsed_, "two.lys", "app a { } app b { uses a }");
  EXPECT_EQ(parsed_.tree.apps.size(), 2u);
  EXPECT_EQ(parsed_.tree.apps[1].span.begin, pos(0, 10));
  EXPECT_EQ(parsed_.tree.apps[1].span.end, pos(0, 26));
}

}  // namespace
}  // namespace lys
