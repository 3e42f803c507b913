// The syntax tree of .lys files, exactly as written: names are unresolved, types are
// spellings, nothing is checked. The parser builds it; sema resolves it into the IR;
// `lysc fmt` prints it back. Every node carries the span it was parsed from.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "compiler/diag/source_span.h"

namespace lys::ast {

struct Name {
  std::string text;
  SourceSpan span;
};

// `a`, `auth.User`, `organization.Client.acme`.
struct QualifiedName {
  std::vector<Name> parts;
  SourceSpan span;

  std::string str() const {
    std::string out;
    for (const Name& part : parts) {
      if (!out.empty()) out += '.';
      out += part.text;
    }
    return out;
  }
};

// ---------------------------------------------------------------- expressions

enum class BinaryOp {
  Or,
  And,
  Eq,
  Ne,
  Lt,
  Le,
  Gt,
  Ge,
  Like,
  ILike,
  Add,
  Sub,
  Mul,
  Div,
};

enum class UnaryOp { Not, Negate };

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct NullLiteral {};
struct BoolLiteral {
  bool value = false;
};
// Numbers keep their spelling so decimals stay exact: "999.99", "-3", "10".
struct IntLiteral {
  std::string spelling;
};
struct DecimalLiteral {
  std::string spelling;
};
struct StringLiteral {
  std::string value;  // unescaped
};
// A bare or dotted name: a field (`status`, `category.enabled`), an enum value
// (`ACTIVE`), a fixture key (`ELECTRONICS`, `organization.Client.acme`). Sema
// decides which from context.
struct PathExpr {
  QualifiedName path;
};
// `$text`: an argument of the enclosing query or mutation.
struct ArgumentExpr {
  Name name;  // without the '$'
};
enum class BuiltinValue { CurrentUser, CurrentOrg, Now };
struct BuiltinExpr {
  BuiltinValue value = BuiltinValue::Now;
};
struct UnaryExpr {
  UnaryOp op = UnaryOp::Not;
  ExprPtr operand;
};
struct BinaryExpr {
  BinaryOp op = BinaryOp::Eq;
  ExprPtr left;
  ExprPtr right;
};
// `x is null`, `x is not null`.
struct IsNullExpr {
  ExprPtr operand;
  bool negated = false;
};
// `x in (a, b, c)`, `x not in (…)`.
struct InExpr {
  ExprPtr operand;
  std::vector<ExprPtr> values;
  bool negated = false;
};

struct Expr {
  std::variant<NullLiteral, BoolLiteral, IntLiteral, DecimalLiteral, StringLiteral, PathExpr,
               ArgumentExpr, BuiltinExpr, UnaryExpr, BinaryExpr, IsNullExpr, InExpr>
      node;
  SourceSpan span;
  // True when the source wrote parentheses around it (kept for `lysc fmt`).
  bool parenthesized = false;
};

// ---------------------------------------------------------------- types

enum class OnDelete { Restrict, Cascade, SetNull };

struct TypeArgument {
  std::int64_t value = 0;
  SourceSpan span;
};

// `string(255)?`, `decimal(10, 2)`, `ProductCategory`, `soft organization.Client`,
// `auth.User? on delete set null`.
struct TypeRef {
  bool soft = false;
  QualifiedName name;
  std::vector<TypeArgument> arguments;
  bool nullable = false;
  std::optional<OnDelete> on_delete;
  SourceSpan on_delete_span;
  SourceSpan span;
};

// ---------------------------------------------------------------- declarations

// `@search`, `@check(price >= 0)`, `@renamed_from(code)`, `@user`.
struct Annotation {
  Name name;
  std::vector<ExprPtr> arguments;
  bool has_parentheses = false;
  SourceSpan span;
};

// Everything attached to a declaration: its `///` doc comment (lines joined by '\n',
// the leading "/// " stripped) and its annotations.
struct Attributes {
  std::string doc;
  std::vector<Annotation> annotations;
};

struct Field {
  Name name;
  TypeRef type;
  ExprPtr default_value;  // null when absent
  Attributes attributes;
  SourceSpan span;
};

enum class ConstraintKind { Unique, Index, Check };

// `unique (client, name)`, `index (category, created_at)`, `check (a < b)`.
struct TableConstraint {
  ConstraintKind kind = ConstraintKind::Unique;
  std::vector<Name> fields;  // unique / index
  ExprPtr condition;         // check
  SourceSpan span;
};

// `tenant client`
struct TenantDecl {
  Name field;
  SourceSpan span;
};

// `owner author`: which field names the row's owner (default: a field called `owner`).
struct OwnerDecl {
  Name field;
  SourceSpan span;
};

enum class Operation { Read, Create, Update, Delete, All };

struct OperationRef {
  Operation op = Operation::Read;
  SourceSpan span;
};

enum class PrincipalKind { Anonymous, Authenticated, Role, OrgRole, Owner, Internal, Admin };

struct Principal {
  PrincipalKind kind = PrincipalKind::Anonymous;
  Name role;  // role and org_role only
  SourceSpan span;
};

// `allow read, update to role A, owner where status == ACTIVE`. In a query or
// mutation the operation list is empty: `allow to role A`.
struct AllowRule {
  std::vector<OperationRef> operations;
  std::vector<Principal> principals;
  ExprPtr condition;  // null when there is no `where`
  SourceSpan span;
};

using EntityMember = std::variant<Field, TableConstraint, TenantDecl, OwnerDecl, AllowRule>;

enum class EntityKind { Entity, Parametric };

struct Entity {
  EntityKind kind = EntityKind::Entity;
  Name name;
  Attributes attributes;  // entity-level annotations: @user, @renamed_from(Old), …
  std::vector<EntityMember> members;
  SourceSpan span;
};

struct EnumValue {
  Name name;
  Attributes attributes;
  SourceSpan span;
};

struct Enum {
  Name name;
  Attributes attributes;
  std::vector<EnumValue> values;
  SourceSpan span;
};

struct Uses {
  std::vector<Name> apps;
  SourceSpan span;
};

// `field: value` inside a fixture record.
struct FixtureValue {
  Name field;
  ExprPtr value;
  SourceSpan span;
};

// `laptop { name: "Laptop", price: 999.99 }`
struct FixtureRecord {
  Name key;
  std::vector<FixtureValue> values;
  SourceSpan span;
};

// `fixtures Product for dev, demo { … }`
struct Fixtures {
  QualifiedName entity;
  std::vector<Name> environments;  // empty: every environment
  std::vector<FixtureRecord> records;
  Attributes attributes;
  SourceSpan span;
};

struct Parameter {
  Name name;
  TypeRef type;
  ExprPtr default_value;
  SourceSpan span;
};

enum class ResultShape { Single, List, Connection };

// `connection<Product>`, `[Product]`, `Product?`, `int`.
struct ResultType {
  ResultShape shape = ResultShape::Single;
  TypeRef type;
  SourceSpan span;
};

struct OrderTerm {
  QualifiedName field;
  bool descending = false;
  bool explicit_direction = false;  // `asc` written out (kept for `lysc fmt`)
  SourceSpan span;
};

// `set status = ARCHIVED`
struct Assignment {
  Name field;
  ExprPtr value;
  SourceSpan span;
};

enum class OperationKind { Query, Mutation };

// A named query or mutation:
//   query searchProducts(text: string, category: ProductCategory?) : connection<Product>
//     where name ilike $text and category == $category
//     order by created_at desc
//     allow to role CATALOG_ADMIN
//   mutation archiveProduct(product: Product) : Product set status = ARCHIVED allow to owner
//   mutation importCatalog(url: string) : int extern allow to role CATALOG_ADMIN
struct NamedOperation {
  OperationKind kind = OperationKind::Query;
  Name name;
  Attributes attributes;
  std::vector<Parameter> parameters;
  ResultType result;
  bool is_extern = false;
  ExprPtr condition;                    // `where`
  std::vector<OrderTerm> order;         // `order by`
  std::vector<Assignment> assignments;  // mutations: `set a = x, b = y`
  bool deletes = false;                 // mutations: `delete` (removes the target row)
  std::vector<AllowRule> rules;
  SourceSpan span;
};

using AppMember = std::variant<Uses, Enum, Entity, Fixtures, NamedOperation>;

struct App {
  Name name;
  Attributes attributes;
  std::vector<AppMember> members;
  SourceSpan span;
};

// A comment as written, kept so `lysc fmt` can put it back. Doc comments (`///`) are
// attached to declarations instead and do not appear here.
struct Comment {
  std::string text;  // including the leading "//"
  SourceSpan span;
  bool trailing = false;  // on the same line as code before it
};

struct File {
  FileId file = 0;
  std::vector<App> apps;
  std::vector<Comment> comments;
};

}  // namespace lys::ast
