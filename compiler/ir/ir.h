// The IR: one immutable, fully resolved model of a lys project. Semantic analysis
// builds it from the AST; every emitter and the migration differ read only this.
// It round-trips through a canonical JSON snapshot (snapshot.h), so everything an
// emitter or the differ needs lives here, and nothing that depends on source text
// does (spans are kept for diagnostics but are not part of the snapshot).
//
// References between IR objects are by qualified name ("catalog.Product",
// "catalog.ProductStatus"), resolved through Schema's lookup functions, so a
// schema loaded from a snapshot is the same kind of object as one built by sema.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/diag/source_span.h"

namespace lys::ir {

enum class ScalarType {
  Bool,
  Int,      // 32-bit
  BigInt,   // 64-bit
  Float,    // double precision
  Decimal,  // exact: precision, scale
  String,   // bounded: length
  Text,     // unbounded
  Uuid,
  Date,
  DateTime,  // with time zone, UTC
  Json,
  Bytes,
};

struct Type {
  enum class Kind { Scalar, Enum, Reference };
  Kind kind = Kind::Scalar;

  ScalarType scalar = ScalarType::Text;  // Scalar; for Reference: the key's type (Uuid or String)
  int length = 0;                        // String(n); for Reference to a parametric: its id length
  int precision = 0;                     // Decimal(p, s)
  int scale = 0;

  std::string target;  // Enum: qualified enum; Reference: qualified entity
  bool soft = false;   // Reference: no foreign key constraint

  friend bool operator==(const Type&, const Type&) = default;
};

enum class OnDelete { Restrict, Cascade, SetNull };

// A constant or session value: field defaults, fixture values, literals in expressions.
struct Value {
  enum class Kind {
    Null,
    Bool,
    Int,
    Decimal,
    String,
    EnumValue,    // text = value name; target = qualified enum
    FixtureRef,   // text = fixture key; target = qualified entity
    CurrentUser,  // the caller's user id
    CurrentOrg,   // the caller's current organization id
    Now,          // the statement's timestamp
  };
  Kind kind = Kind::Null;
  bool boolean = false;
  std::string text;  // Int and Decimal keep their exact decimal spelling; String is unescaped
  std::string target;

  friend bool operator==(const Value&, const Value&) = default;
};

enum class BinaryOp { Or, And, Eq, Ne, Lt, Le, Gt, Ge, Like, ILike, Add, Sub, Mul, Div };
enum class UnaryOp { Not, Negate };

// A typed expression tree: checks, permission conditions, query filters, `set` values.
struct Expr {
  enum class Kind {
    Literal,   // value
    Field,     // path: field names from the current row, following references
               // (["category", "enabled"]); every step but the last is a reference
    Argument,  // argument: a parameter of the enclosing operation
    Unary,     // unary_op, operands[0]
    Binary,    // binary_op, operands[0..1]
    IsNull,    // operands[0]; negated for `is not null`
    In,        // operands[0] in operands[1..]; negated for `not in`
  };
  Kind kind = Kind::Literal;
  Type type;              // result type; predicates are Bool
  bool nullable = false;  // may evaluate to NULL
  Value value;
  std::vector<std::string> path;
  std::string argument;
  UnaryOp unary_op = UnaryOp::Not;
  BinaryOp binary_op = BinaryOp::Eq;
  bool negated = false;
  std::vector<Expr> operands;

  friend bool operator==(const Expr&, const Expr&) = default;
};

// Columns every entity gets without declaring them.
enum class ImplicitField {
  None,       // declared in the schema
  Id,         // entity: uuid; parametric: the business code, string(64)
  Enabled,    // parametric: bool = true
  CreatedAt,  // datetime = now
  UpdatedAt,  // datetime = now, bumped on every update
  Version,    // int = 1, bumped on every update (optimistic locking)
};

struct Field {
  std::string name;          // as written: "legacy_code", "category"
  std::string column;        // SQL: "legacy_code", "category_id"
  std::string graphql_name;  // "legacyCode", "category"
  Type type;
  bool nullable = false;
  std::optional<Value> default_value;
  OnDelete on_delete = OnDelete::Restrict;  // hard references only
  ImplicitField implicit = ImplicitField::None;
  bool search = false;                      // @search: text search in filters
  bool readonly = false;                    // @readonly: never set through the API
  bool hidden = false;                      // @hidden: never leaves the server
  std::optional<std::string> renamed_from;  // @renamed_from(old): the old field name
  std::string doc;
  SourceSpan span;
};

struct Index {
  std::string name;                 // SQL name, e.g. "uq_catalog_product_client_id_name"
  std::vector<std::string> fields;  // field names, in order
  bool unique = false;
  SourceSpan span;
};

struct Check {
  std::string name;  // SQL constraint name, e.g. "ck_catalog_product_price"
  Expr condition;    // over the entity's own columns only
  SourceSpan span;
};

enum class Operation { Read, Create, Update, Delete };

struct Principal {
  enum class Kind { Anonymous, Authenticated, Role, OrgRole, Owner, Internal, Admin };
  Kind kind = Kind::Anonymous;
  std::string role;  // Role / OrgRole: the role's code (a fixture key of the role entity)

  friend bool operator==(const Principal&, const Principal&) = default;
};

// `allow OP to PRINCIPALS where CONDITION`, one per operation. Rules for the same
// operation are OR-ed; an operation with no rule is denied.
struct Rule {
  Operation operation = Operation::Read;
  std::vector<Principal> principals;
  std::optional<Expr> condition;
  SourceSpan span;
};

// The built-in roles an entity plays for authentication and multi-tenancy; at most
// one entity per role in a schema, marked with the annotation of the same name.
enum class EntityRole {
  None,
  User,          // @user: the people who sign in; `current_user`'s type
  Role,          // @role: parametric, global roles (`role R` principals)
  UserRole,      // @user_role: grants a Role to a User
  Organization,  // @organization: tenants; `tenant` fields reference it
  OrgRole,       // @org_role: parametric, roles within an organization
  Membership,    // @membership: a User's OrgRole in an Organization
};

enum class EntityKind { Entity, Parametric };

struct Entity {
  std::string app;
  std::string name;            // "ProductCategory"
  std::string qualified;       // "catalog.ProductCategory"
  std::string table;           // "catalog_product_category"
  std::string graphql_name;    // "ProductCategory"
  std::string graphql_plural;  // "productCategories" (root connection field)
  EntityKind kind = EntityKind::Entity;
  EntityRole role = EntityRole::None;
  // Columns in table order: id, declared fields in order, then the implicit
  // enabled / created_at / updated_at / version.
  std::vector<Field> fields;
  std::vector<Index> indexes;  // unique constraints and indexes, declaration order
  std::vector<Check> checks;
  std::optional<std::string> tenant_field;  // field naming the owning organization
  std::optional<std::string> owner_field;   // field naming the owning user
  std::vector<Rule> rules;
  bool hidden = false;                      // @hidden: no GraphQL type, no API
  std::optional<std::string> renamed_from;  // @renamed_from(Old): old entity name (same app)
  std::string doc;
  SourceSpan span;

  const Field* find_field(const std::string& field_name) const;
};

struct EnumValue {
  std::string name;
  std::string doc;
};

struct Enum {
  std::string app;
  std::string name;
  std::string qualified;
  std::string graphql_name;
  std::vector<EnumValue> values;
  std::string doc;
  SourceSpan span;
};

struct FixtureRecord {
  std::string key;
  // Only the fields the record sets, in the entity's field order. References are
  // Value::FixtureRef; enum values Value::EnumValue.
  std::vector<std::pair<std::string, Value>> values;
  SourceSpan span;
};

// Seed data for one entity. Schema::fixtures is in load order: every record's
// references point to records loaded earlier.
struct FixtureSet {
  std::string entity;                     // qualified
  std::vector<std::string> environments;  // empty: all environments
  std::vector<FixtureRecord> records;
  SourceSpan span;
};

struct Parameter {
  std::string name;
  std::string graphql_name;
  Type type;
  bool nullable = false;
  std::optional<Value> default_value;
};

enum class ResultShape { Single, List, Connection };

struct OrderTerm {
  std::vector<std::string> path;  // a field of the result entity (or a path through references)
  bool descending = false;
};

struct Assignment {
  std::string field;
  Expr value;
};

enum class OperationKind { Query, Mutation };

// A named query or mutation declared in the schema.
struct NamedOperation {
  std::string app;
  std::string name;          // as written: "searchProducts"
  std::string graphql_name;  // root field name
  OperationKind kind = OperationKind::Query;
  std::vector<Parameter> parameters;
  ResultShape result_shape = ResultShape::Single;
  Type result_type;  // Reference to an entity, or a scalar / enum
  bool result_nullable = false;
  bool is_extern = false;         // body written in C++ by the user
  std::optional<Expr> condition;  // queries: the filter (arguments bound at run time)
  std::vector<OrderTerm> order;
  std::string target_parameter;  // mutations: the entity-typed parameter they act on
  std::vector<Assignment> assignments;
  bool deletes = false;
  std::vector<Rule> rules;  // operation = Read for queries, Update / Delete for mutations
  std::string doc;
  SourceSpan span;
};

struct App {
  std::string name;
  std::vector<std::string> uses;  // direct dependencies, as declared
  std::string doc;
  SourceSpan span;
};

struct Schema {
  std::vector<App> apps;                   // dependency order: used apps first
  std::vector<Enum> enums;                 // app order, then declaration order
  std::vector<Entity> entities;            // app order, then declaration order
  std::vector<FixtureSet> fixtures;        // load order (dependencies first)
  std::vector<NamedOperation> operations;  // app order, then declaration order

  const Entity* find_entity(const std::string& qualified) const;
  const Enum* find_enum(const std::string& qualified) const;
  // Records where each entity and enum is, so the lookups above take constant time on
  // a large schema instead of a scan. Call once `entities` and `enums` are complete;
  // a lookup the index cannot answer (missing, or out of date) still scans.
  void build_index();
  const App* find_app(const std::string& name) const;
  // The entity playing a built-in role, if the schema has one.
  const Entity* entity_with_role(EntityRole role) const;

  // Positions in `entities` and `enums` by qualified name; see build_index.
  std::unordered_map<std::string, std::size_t> entity_positions;
  std::unordered_map<std::string, std::size_t> enum_positions;
};

// Parametric ids are business codes up to this length.
inline constexpr int kParametricIdLength = 64;

}  // namespace lys::ir
