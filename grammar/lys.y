// The .lys grammar: a pure bison C++ parser (lalr1.cc) with locations, typed
// semantic values and no globals. It builds syntax only; every check that needs
// names or types belongs to sema. Parse state lives in lys::ParseDriver.
//
// There are no statement terminators: a declaration ends where the next begins,
// which works because every member starts with a keyword or `name ':'`. Words that
// are keywords in one position only (owner, role, index, …) are tokens carrying
// their spelling and are accepted as names everywhere else.
%require "3.8"
%language "c++"
%skeleton "lalr1.cc"

%define api.namespace {lys::grammar}
%define api.parser.class {Parser}
%define api.value.type variant
%define api.token.constructor
%define api.token.raw
%define api.token.prefix {TOK_}
%define api.location.type {lys::SourceSpan}
%define parse.assert
%define parse.error custom
%define parse.lac full
%locations
%expect 0

%param {lys::ParseDriver& driver}

%code requires {
#include "compiler/ast/ast.h"
#include "compiler/diag/source_span.h"
#include "compiler/parse/expr_builder.h"
namespace lys { class ParseDriver; }
}

%code {
#include <algorithm>

#include "compiler/parse/parse_driver.h"

namespace lys::grammar {
// Defined with the driver: bison calls yylex with the %param arguments.
Parser::symbol_type yylex(ParseDriver& driver);
}

// Spans: a rule covers its first symbol's begin to its last symbol's end; an empty
// rule sits at the end of what came before it.
#define YYLLOC_DEFAULT(Current, Rhs, N)                      \
  do {                                                       \
    if (N) {                                                 \
      (Current).file = YYRHSLOC(Rhs, 1).file;                \
      (Current).begin = YYRHSLOC(Rhs, 1).begin;              \
      (Current).end = YYRHSLOC(Rhs, N).end;                  \
    } else {                                                 \
      (Current).file = YYRHSLOC(Rhs, 0).file;                \
      (Current).begin = (Current).end = YYRHSLOC(Rhs, 0).end; \
    }                                                        \
  } while (false)

using namespace lys::ast;
using lys::parse::ExprNode;
}

%token END 0 "end of file"

// Reserved everywhere.
%token APP "app" ENTITY "entity" PARAMETRIC "parametric" ENUM "enum" FIXTURES "fixtures"
       QUERY "query" MUTATION "mutation" ALLOW "allow" WHERE "where" TRUE "true"
       FALSE "false" NULL "null" AND "and" OR "or" NOT "not" IN "in" IS "is" LIKE "like"
       ILIKE "ilike" CURRENT_USER "current_user" CURRENT_ORG "current_org" NOW "now"

// Keywords in one position only; their value is their spelling.
%token <std::string> OWNER "owner" ROLE "role" INDEX "index" CHECK "check" UNIQUE "unique"
       TENANT "tenant" READ "read" CREATE "create" UPDATE "update" DELETE "delete" ALL "all"
       ORDER "order" SET "set" TO "to" FOR "for" BY "by" ASC "asc" DESC "desc"
       INTERNAL "internal" ADMIN "admin" ANONYMOUS "anonymous" AUTHENTICATED "authenticated"
       ORG_ROLE "org_role" CONNECTION "connection" SOFT "soft" ON "on" CASCADE "cascade"
       RESTRICT "restrict" EXTERN "extern" USES "uses"

%token <std::string> IDENT "identifier" INT "integer" DECIMAL "decimal number" STRING "string"

%token LBRACE "{" RBRACE "}" LPAREN "(" RPAREN ")" LBRACKET "[" RBRACKET "]" COMMA ","
       COLON ":" QUESTION "?" AT "@" DOLLAR "$" DOT "." ASSIGN "=" EQ "==" NE "!=" LT "<"
       LE "<=" GT ">" GE ">=" PLUS "+" MINUS "-" STAR "*" SLASH "/"

%nterm <lys::ast::App> app_header
%nterm <lys::ast::AppMember> app_member
%nterm <lys::ast::Uses> uses
%nterm <std::vector<lys::ast::Name>> name_list environments_opt
%nterm <lys::ast::Enum> enum enum_body
%nterm <lys::ast::EnumValue> enum_value
%nterm <lys::ast::Entity> entity entity_header entity_members
%nterm <lys::ast::EntityKind> entity_kind
%nterm <lys::ast::EntityMember> entity_member
%nterm <lys::ast::Field> field
%nterm <lys::ast::TableConstraint> table_constraint
%nterm <lys::ast::ConstraintKind> constraint_keyword
%nterm <lys::ast::TypeRef> type type_head
%nterm <std::vector<lys::ast::TypeArgument>> type_arguments
%nterm <lys::ast::TypeArgument> type_argument
%nterm <std::optional<lys::ast::OnDelete>> on_delete_opt
%nterm <lys::ast::OnDelete> on_delete_action
%nterm <std::vector<lys::ast::Annotation>> annotations
%nterm <lys::ast::Annotation> annotation
%nterm <lys::ast::AllowRule> allow_rule op_allow principal_rule
%nterm <std::vector<lys::ast::OperationRef>> operations
%nterm <lys::ast::OperationRef> operation
%nterm <std::vector<lys::ast::Principal>> principals
%nterm <lys::ast::Principal> principal
%nterm <lys::ast::Fixtures> fixtures fixtures_header fixture_records
%nterm <lys::ast::FixtureRecord> fixture_record fixture_values
%nterm <lys::ast::FixtureValue> fixture_value
%nterm <lys::ast::NamedOperation> named_operation query mutation query_head mutation_head
                                  signature mutation_effect_opt
%nterm <std::vector<lys::ast::Parameter>> parameters_opt parameters
%nterm <lys::ast::Parameter> parameter
%nterm <lys::ast::ResultType> result
%nterm <std::vector<lys::ast::OrderTerm>> order_opt order_terms
%nterm <lys::ast::OrderTerm> order_term
%nterm <std::vector<lys::ast::Assignment>> assignments
%nterm <lys::ast::Assignment> assignment
%nterm <lys::parse::ExprNode> default_opt where_opt expr or_expr and_expr not_expr cmp_expr
                              add_expr mul_expr unary_expr primary
%nterm <std::vector<lys::parse::ExprNode>> expr_list annotation_arguments
%nterm <lys::ast::BinaryOp> comparison
%nterm <lys::ast::QualifiedName> qualified_name type_name
%nterm <lys::ast::Name> name field_name
%nterm <std::string> word

%start file

%%

// ---------------------------------------------------------------- apps

file
  : %empty
  | file app                      { yyerrok; }
  | file error recovery_block_opt
  ;

// Members go straight into the driver's tree, so an app that never closes keeps
// everything read before the end of the file. A declaration read whole after an
// error means the parser is back in step: `yyerrok` lets the next error be reported.
app
  : app_header app_members "}"    { driver.close_app(@$); }
  ;

app_header
  : "app" name annotations "{"
      { App app;
        app.name = std::move($2);
        app.attributes = {driver.take_doc(@1), std::move($3)};
        app.span = @$;
        driver.open_app(std::move(app)); }
  ;

app_members
  : %empty
  | app_members app_member        { driver.add_app_member(std::move($2)); yyerrok; }
  | app_members error recovery_block_opt
  ;

app_member
  : uses                          { $$ = std::move($1); }
  | enum                          { $$ = std::move($1); }
  | entity                        { $$ = std::move($1); }
  | fixtures                      { $$ = std::move($1); }
  | named_operation               { $$ = std::move($1); }
  ;

// After a broken declaration header, skips its braced body (two levels deep) so its
// closing brace does not end the enclosing block.
recovery_block_opt
  : %empty
  | "{" recovery_tokens "}"
  ;

recovery_tokens
  : %empty
  | recovery_tokens recovery_token
  | recovery_tokens "{" recovery_flat_tokens "}"
  ;

recovery_flat_tokens
  : %empty
  | recovery_flat_tokens recovery_token
  ;

recovery_token
  : word | ON | SOFT | INT | DECIMAL | STRING | "app" | "entity" | "parametric" | "enum"
  | "fixtures" | "query" | "mutation" | "allow" | "where" | "true" | "false" | "null" | "and"
  | "or" | "not" | "in" | "is" | "like" | "ilike" | "current_user" | "current_org" | "now"
  | "(" | ")" | "[" | "]" | "," | ":" | "?" | "@" | "$" | "." | "=" | "==" | "!=" | "<"
  | "<=" | ">" | ">=" | "+" | "-" | "*" | "/"
  ;

uses
  : "uses" name_list              { $$.apps = std::move($2); $$.span = @$; }
  ;

name_list
  : name                          { $$.push_back(std::move($1)); }
  | name_list "," name            { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

// ---------------------------------------------------------------- enums

enum
  : enum_body "}"                 { $$ = std::move($1); $$.span = @$; }
  ;

enum_body
  : "enum" name annotations "{"
      { $$.name = std::move($2);
        $$.attributes = {driver.take_doc(@1), std::move($3)}; }
  | enum_body enum_value comma_opt
      { $$ = std::move($1); $$.values.push_back(std::move($2)); yyerrok; }
  | enum_body error               { $$ = std::move($1); }
  ;

enum_value
  : name annotations
      { $$.attributes = {driver.take_doc(@1), std::move($2)};
        $$.name = std::move($1);
        $$.span = @$; }
  ;

comma_opt
  : %empty
  | ","
  ;

// ---------------------------------------------------------------- entities

entity
  : entity_members "}"            { $$ = std::move($1); $$.span = @$; }
  ;

entity_header
  : entity_kind name annotations "{"
      { $$.kind = $1;
        $$.name = std::move($2);
        $$.attributes = {driver.take_doc(@1), std::move($3)}; }
  ;

entity_kind
  : "entity"                      { $$ = EntityKind::Entity; if (driver.starts_line(@1)) yyerrok; }
  | "parametric"                  { $$ = EntityKind::Parametric; if (driver.starts_line(@1)) yyerrok; }
  ;

entity_members
  : entity_header                 { $$ = std::move($1); }
  | entity_members entity_member
      { $$ = std::move($1); $$.members.push_back(std::move($2)); yyerrok; }
  | entity_members error recovery_block_opt { $$ = std::move($1); }
  ;

entity_member
  : field                         { $$ = std::move($1); }
  | table_constraint              { $$ = std::move($1); }
  | "tenant" name                 { $$ = TenantDecl{std::move($2), @$}; }
  | "owner" name                  { $$ = OwnerDecl{std::move($2), @$}; }
  | allow_rule                    { $$ = std::move($1); }
  ;

field
  : field_name ":" type default_opt on_delete_opt annotations
      { $$.attributes = {driver.take_doc(@1), std::move($6)};
        $$.name = std::move($1);
        $$.type = std::move($3);
        $$.default_value = std::move($4.expr);
        if ($5) {
          $$.type.on_delete = $5;
          $$.type.on_delete_span = @5;
        }
        $$.span = @$; }
  ;

default_opt
  : %empty                        { }
  | "=" expr                      { $$ = std::move($2); }
  ;

on_delete_opt
  : %empty                        { }
  | "on" "delete" on_delete_action { $$ = $3; }
  ;

on_delete_action
  : "cascade"                     { $$ = OnDelete::Cascade; }
  | "restrict"                    { $$ = OnDelete::Restrict; }
  | "set" "null"                  { $$ = OnDelete::SetNull; }
  ;

table_constraint
  : constraint_keyword "(" name_list ")"
      { $$.kind = $1; $$.fields = std::move($3); $$.span = @$; }
  | "check" "(" expr ")"
      { $$.kind = ConstraintKind::Check; $$.condition = std::move($3.expr); $$.span = @$; }
  ;

constraint_keyword
  : "unique"                      { $$ = ConstraintKind::Unique; }
  | "index"                       { $$ = ConstraintKind::Index; }
  ;

// ---------------------------------------------------------------- types

type
  : type_head                     { $$ = std::move($1); $$.span = @$; }
  | type_head "?"                 { $$ = std::move($1); $$.nullable = true; $$.span = @$; }
  ;

type_head
  : type_name                     { $$.name = std::move($1); }
  | "soft" type_name              { $$.soft = true; $$.name = std::move($2); }
  | type_head "(" type_arguments ")" { $$ = std::move($1); $$.arguments = std::move($3); }
  ;

type_arguments
  : type_argument                 { $$.push_back($1); }
  | type_arguments "," type_argument { $$ = std::move($1); $$.push_back($3); }
  ;

type_argument
  : INT                           { $$ = {driver.type_argument($1, @1), @1}; }
  ;

// A type's first word cannot be `soft` (it would be the prefix) nor `on` (after a
// field's type, `on` starts `on delete`).
type_name
  : word                          { $$.parts.push_back(Name{std::move($1), @1}); $$.span = @$; }
  | type_name "." name            { $$ = std::move($1); $$.parts.push_back(std::move($3)); $$.span = @$; }
  ;

// ---------------------------------------------------------------- annotations

annotations
  : %empty                        { }
  | annotations annotation        { $$ = std::move($1); $$.push_back(std::move($2)); }
  ;

annotation
  : "@" name
      { $$.name = std::move($2); $$.span = @$; }
  | "@" name "(" annotation_arguments ")"
      { $$.name = std::move($2);
        $$.has_parentheses = true;
        for (ExprNode& argument : $4) $$.arguments.push_back(std::move(argument.expr));
        $$.span = @$; }
  ;

annotation_arguments
  : %empty                        { }
  | expr_list                     { $$ = std::move($1); }
  ;

// ---------------------------------------------------------------- access rules

allow_rule
  : "allow" operations principal_rule
      { $$ = std::move($3); $$.operations = std::move($2); $$.span = @$; }
  ;

op_allow
  : "allow" principal_rule        { $$ = std::move($2); $$.span = @$; }
  ;

principal_rule
  : "to" principals where_opt
      { $$.principals = std::move($2); $$.condition = std::move($3.expr); }
  ;

operations
  : operation                     { $$.push_back($1); }
  | operations "," operation      { $$ = std::move($1); $$.push_back($3); }
  ;

operation
  : "read"                        { $$ = {Operation::Read, @1}; }
  | "create"                      { $$ = {Operation::Create, @1}; }
  | "update"                      { $$ = {Operation::Update, @1}; }
  | "delete"                      { $$ = {Operation::Delete, @1}; }
  | "all"                         { $$ = {Operation::All, @1}; }
  ;

principals
  : principal                     { $$.push_back(std::move($1)); }
  | principals "," principal      { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

principal
  : "anonymous"                   { $$ = {PrincipalKind::Anonymous, {}, @$}; }
  | "authenticated"               { $$ = {PrincipalKind::Authenticated, {}, @$}; }
  | "role" name                   { $$ = {PrincipalKind::Role, std::move($2), @$}; }
  | "org_role" name               { $$ = {PrincipalKind::OrgRole, std::move($2), @$}; }
  | "owner"                       { $$ = {PrincipalKind::Owner, {}, @$}; }
  | "internal"                    { $$ = {PrincipalKind::Internal, {}, @$}; }
  | "admin"                       { $$ = {PrincipalKind::Admin, {}, @$}; }
  ;

where_opt
  : %empty                        { }
  | "where" expr                  { $$ = std::move($2); }
  ;

// ---------------------------------------------------------------- fixtures

fixtures
  : fixture_records "}"           { $$ = std::move($1); $$.span = @$; }
  ;

fixtures_header
  : "fixtures" qualified_name environments_opt "{"
      { $$.attributes.doc = driver.take_doc(@1);
        $$.entity = std::move($2);
        $$.environments = std::move($3); }
  ;

environments_opt
  : %empty                        { }
  | "for" name_list               { $$ = std::move($2); }
  ;

fixture_records
  : fixtures_header               { $$ = std::move($1); }
  | fixture_records fixture_record
      { $$ = std::move($1); $$.records.push_back(std::move($2)); yyerrok; }
  | fixture_records error recovery_block_opt { $$ = std::move($1); }
  ;

fixture_record
  : fixture_values "}"            { $$ = std::move($1); $$.span = @$; }
  ;

fixture_values
  : name "{"                      { $$.key = std::move($1); }
  | fixture_values fixture_value comma_opt
      { $$ = std::move($1); $$.values.push_back(std::move($2)); yyerrok; }
  | fixture_values error          { $$ = std::move($1); }
  ;

fixture_value
  : name ":" expr                 { $$ = {std::move($1), std::move($3.expr), @$}; }
  ;

// ---------------------------------------------------------------- queries and mutations

named_operation
  : query                         { $$ = std::move($1); $$.span = @$; }
  | mutation                      { $$ = std::move($1); $$.span = @$; }
  ;

query
  : query_head                    { $$ = std::move($1); }
  | query op_allow                { $$ = std::move($1); $$.rules.push_back(std::move($2)); }
  ;

query_head
  : "query" signature where_opt order_opt
      { $$ = std::move($2);
        $$.kind = OperationKind::Query;
        $$.attributes.doc = driver.take_doc(@1);
        $$.condition = std::move($3.expr);
        $$.order = std::move($4); }
  ;

mutation
  : mutation_head                 { $$ = std::move($1); }
  | mutation op_allow             { $$ = std::move($1); $$.rules.push_back(std::move($2)); }
  ;

mutation_head
  : "mutation" signature mutation_effect_opt
      { $$ = std::move($2);
        $$.kind = OperationKind::Mutation;
        $$.attributes.doc = driver.take_doc(@1);
        $$.assignments = std::move($3.assignments);
        $$.deletes = $3.deletes; }
  ;

signature
  : name "(" parameters_opt ")" ":" result
      { $$.name = std::move($1); $$.parameters = std::move($3); $$.result = std::move($6); }
  | name "(" parameters_opt ")" ":" result "extern"
      { $$.name = std::move($1); $$.parameters = std::move($3); $$.result = std::move($6);
        $$.is_extern = true; }
  ;

parameters_opt
  : %empty                        { }
  | parameters                    { $$ = std::move($1); }
  ;

parameters
  : parameter                     { $$.push_back(std::move($1)); }
  | parameters "," parameter      { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

parameter
  : name ":" type default_opt
      { $$ = {std::move($1), std::move($3), std::move($4.expr), @$}; }
  ;

result
  : type                          { $$ = {ResultShape::Single, std::move($1), @$}; }
  | "[" type "]"                  { $$ = {ResultShape::List, std::move($2), @$}; }
  | "connection" "<" type ">"     { $$ = {ResultShape::Connection, std::move($3), @$}; }
  ;

order_opt
  : %empty                        { }
  | "order" "by" order_terms      { $$ = std::move($3); }
  ;

order_terms
  : order_term                    { $$.push_back(std::move($1)); }
  | order_terms "," order_term    { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

order_term
  : qualified_name                { $$ = {std::move($1), false, false, @$}; }
  | qualified_name "asc"          { $$ = {std::move($1), false, true, @$}; }
  | qualified_name "desc"         { $$ = {std::move($1), true, true, @$}; }
  ;

// Carried in a NamedOperation of which only `assignments` and `deletes` are set.
mutation_effect_opt
  : %empty                        { }
  | "set" assignments             { $$.assignments = std::move($2); }
  | "delete"                      { $$.deletes = true; }
  ;

assignments
  : assignment                    { $$.push_back(std::move($1)); }
  | assignments "," assignment    { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

assignment
  : name "=" expr                 { $$ = {std::move($1), std::move($3.expr), @$}; }
  ;

// ---------------------------------------------------------------- expressions
// Precedence, low to high: or, and, not, comparison (non-associative), + -, * /,
// unary -. `nest` marks every construct that opens a level of nesting, so the
// parser can stop before a pathological input fills its stack.

expr
  : or_expr                       { $$ = std::move($1); }
  ;

or_expr
  : and_expr                      { $$ = std::move($1); }
  | or_expr "or" and_expr         { $$ = driver.exprs().binary(BinaryOp::Or, std::move($1), std::move($3), @$); }
  ;

and_expr
  : not_expr                      { $$ = std::move($1); }
  | and_expr "and" not_expr       { $$ = driver.exprs().binary(BinaryOp::And, std::move($1), std::move($3), @$); }
  ;

not_expr
  : cmp_expr                      { $$ = std::move($1); }
  | "not" nest not_expr           { $$ = driver.exprs().unary(UnaryOp::Not, std::move($3), @$); }
  ;

cmp_expr
  : add_expr                      { $$ = std::move($1); }
  | add_expr comparison add_expr  { $$ = driver.exprs().binary($2, std::move($1), std::move($3), @$); }
  | add_expr "is" "null"          { $$ = driver.exprs().is_null(std::move($1), false, @$); }
  | add_expr "is" "not" "null"    { $$ = driver.exprs().is_null(std::move($1), true, @$); }
  | add_expr "in" "(" nest expr_list ")"
      { $$ = driver.exprs().in(std::move($1), std::move($5), false, @$); }
  | add_expr "not" "in" "(" nest expr_list ")"
      { $$ = driver.exprs().in(std::move($1), std::move($6), true, @$); }
  ;

comparison
  : "=="                          { $$ = BinaryOp::Eq; }
  | "!="                          { $$ = BinaryOp::Ne; }
  | "<"                           { $$ = BinaryOp::Lt; }
  | "<="                          { $$ = BinaryOp::Le; }
  | ">"                           { $$ = BinaryOp::Gt; }
  | ">="                          { $$ = BinaryOp::Ge; }
  | "like"                        { $$ = BinaryOp::Like; }
  | "ilike"                       { $$ = BinaryOp::ILike; }
  ;

add_expr
  : mul_expr                      { $$ = std::move($1); }
  | add_expr "+" mul_expr         { $$ = driver.exprs().binary(BinaryOp::Add, std::move($1), std::move($3), @$); }
  | add_expr "-" mul_expr         { $$ = driver.exprs().binary(BinaryOp::Sub, std::move($1), std::move($3), @$); }
  ;

mul_expr
  : unary_expr                    { $$ = std::move($1); }
  | mul_expr "*" unary_expr       { $$ = driver.exprs().binary(BinaryOp::Mul, std::move($1), std::move($3), @$); }
  | mul_expr "/" unary_expr       { $$ = driver.exprs().binary(BinaryOp::Div, std::move($1), std::move($3), @$); }
  ;

unary_expr
  : primary                       { $$ = std::move($1); }
  | "-" nest unary_expr           { $$ = driver.exprs().negate(std::move($3), @$); }
  ;

primary
  : "null"                        { $$ = driver.exprs().leaf(NullLiteral{}, @$); }
  | "true"                        { $$ = driver.exprs().leaf(BoolLiteral{true}, @$); }
  | "false"                       { $$ = driver.exprs().leaf(BoolLiteral{false}, @$); }
  | INT                           { $$ = driver.exprs().leaf(IntLiteral{std::move($1)}, @$); }
  | DECIMAL                       { $$ = driver.exprs().leaf(DecimalLiteral{std::move($1)}, @$); }
  | STRING                        { $$ = driver.exprs().leaf(StringLiteral{std::move($1)}, @$); }
  | qualified_name                { $$ = driver.exprs().leaf(PathExpr{std::move($1)}, @$); }
  | "$" name                      { $$ = driver.exprs().leaf(ArgumentExpr{std::move($2)}, @$); }
  | "current_user"                { $$ = driver.exprs().leaf(BuiltinExpr{BuiltinValue::CurrentUser}, @$); }
  | "current_org"                 { $$ = driver.exprs().leaf(BuiltinExpr{BuiltinValue::CurrentOrg}, @$); }
  | "now"                         { $$ = driver.exprs().leaf(BuiltinExpr{BuiltinValue::Now}, @$); }
  | "(" nest expr ")"             { $$ = driver.exprs().parenthesized(std::move($3), @$); }
  ;

expr_list
  : expr                          { $$.push_back(std::move($1)); }
  | expr_list "," expr            { $$ = std::move($1); $$.push_back(std::move($3)); }
  ;

// Counts the nesting levels open on the parser's stack; past the limit the
// expression is abandoned through error recovery, before the stack can grow further.
nest
  : %empty
      { std::size_t open = 0;
        for (std::size_t i = 0; i < yystack_.size(); ++i) {
          if (yystack_[i].kind() == symbol_kind::S_nest) ++open;
        }
        if (!driver.exprs().may_nest(open, yystack_[0].location)) YYERROR; }
  ;

// ---------------------------------------------------------------- names

qualified_name
  : name                          { $$.parts.push_back(std::move($1)); $$.span = @$; }
  | qualified_name "." name       { $$ = std::move($1); $$.parts.push_back(std::move($3)); $$.span = @$; }
  ;

name
  : word                          { $$ = Name{std::move($1), @1}; }
  | "on"                          { $$ = Name{std::move($1), @1}; }
  | "soft"                        { $$ = Name{std::move($1), @1}; }
  ;

// An entity field cannot be called `on`: after a type, `on` starts `on delete`.
// Members are written one per line, so after an error a field name that starts a
// line means the parser is back in step (`yyerrok`): each broken line is reported.
field_name
  : word                          { $$ = Name{std::move($1), @1}; if (driver.starts_line(@1)) yyerrok; }
  | "soft"                        { $$ = Name{std::move($1), @1}; if (driver.starts_line(@1)) yyerrok; }
  ;

word
  : IDENT { $$ = std::move($1); } | "owner" { $$ = std::move($1); } | "role" { $$ = std::move($1); }
  | "index" { $$ = std::move($1); } | "check" { $$ = std::move($1); }
  | "unique" { $$ = std::move($1); } | "tenant" { $$ = std::move($1); }
  | "read" { $$ = std::move($1); } | "create" { $$ = std::move($1); }
  | "update" { $$ = std::move($1); } | "delete" { $$ = std::move($1); }
  | "all" { $$ = std::move($1); } | "order" { $$ = std::move($1); } | "set" { $$ = std::move($1); }
  | "to" { $$ = std::move($1); } | "for" { $$ = std::move($1); } | "by" { $$ = std::move($1); }
  | "asc" { $$ = std::move($1); } | "desc" { $$ = std::move($1); }
  | "internal" { $$ = std::move($1); } | "admin" { $$ = std::move($1); }
  | "anonymous" { $$ = std::move($1); } | "authenticated" { $$ = std::move($1); }
  | "org_role" { $$ = std::move($1); } | "connection" { $$ = std::move($1); }
  | "cascade" { $$ = std::move($1); } | "restrict" { $$ = std::move($1); }
  | "extern" { $$ = std::move($1); } | "uses" { $$ = std::move($1); }
  ;

%%

namespace lys::grammar {

namespace {

using Kind = Parser::symbol_kind_type;

bool is_name_token(Kind kind) {
  return kind == Kind::S_IDENT || (kind >= Kind::S_OWNER && kind <= Kind::S_USES);
}

bool starts_expression(Kind kind) {
  switch (kind) {
    case Kind::S_INT: case Kind::S_DECIMAL: case Kind::S_STRING: case Kind::S_NULL:
    case Kind::S_TRUE: case Kind::S_FALSE: case Kind::S_DOLLAR: case Kind::S_CURRENT_USER:
    case Kind::S_CURRENT_ORG: case Kind::S_NOW: case Kind::S_LPAREN: case Kind::S_MINUS:
    case Kind::S_NOT:
      return true;
    default:
      return false;
  }
}

bool is_comparison(Kind kind) {
  switch (kind) {
    case Kind::S_EQ: case Kind::S_NE: case Kind::S_LT: case Kind::S_LE: case Kind::S_GT:
    case Kind::S_GE: case Kind::S_LIKE: case Kind::S_ILIKE: case Kind::S_IS: case Kind::S_IN:
      return true;
    default:
      return false;
  }
}

// A token the way a message names it: `'{'`, `'where'`, `identifier`, `end of file`.
std::string display(Kind kind) {
  switch (kind) {
    case Kind::S_YYEOF: case Kind::S_IDENT: case Kind::S_INT: case Kind::S_DECIMAL:
    case Kind::S_STRING:
      return Parser::symbol_name(kind);
    case Kind::S_YYerror: case Kind::S_YYUNDEF:
      return "invalid token";
    default:
      return "'" + std::string(Parser::symbol_name(kind)) + "'";
  }
}

}  // namespace

void Parser::report_syntax_error(const context& ctx) const {
  parse::SyntaxErrorFacts facts;
  Kind found = ctx.token();
  facts.unexpected = display(found);
  if (found == Kind::S_IDENT || found == Kind::S_INT || found == Kind::S_DECIMAL) {
    facts.unexpected += " '" + driver.current_token_text() + "'";
  }

  Kind expected[YYNTOKENS];
  int count = ctx.expected_tokens(expected, YYNTOKENS);
  bool any_name = std::find(expected, expected + count, Kind::S_IDENT) != expected + count;
  bool any_expression = std::count_if(expected, expected + count, starts_expression) > 3;
  auto add = [&](std::string text) {
    if (std::find(facts.expected.begin(), facts.expected.end(), text) == facts.expected.end()) {
      facts.expected.push_back(std::move(text));
    }
  };
  for (int i = 0; i < count; ++i) {
    Kind kind = expected[i];
    if (any_expression && (starts_expression(kind) || kind == Kind::S_IDENT)) {
      add("expression");
    } else if (!(any_name && is_name_token(kind) && kind != Kind::S_IDENT)) {
      add(display(kind));
    }
  }

  facts.at_end_of_file = found == Kind::S_YYEOF;
  // The right operand may be reduced only part of the way (`mul_expr`, `primary`).
  bool after_comparison = yystack_.size() >= 2 && yystack_[1].kind() == Kind::S_comparison;
  facts.chained_comparison = after_comparison && is_comparison(found);

  // Right after a field's name (entity member or fixture value) the parser's stack
  // holds the name on top of the member list.
  if (yystack_.size() >= 2) {
    Kind below = yystack_[1].kind();
    if (below == Kind::S_entity_members || below == Kind::S_fixture_values) {
      facts.field_name = driver.previous_token_text();
    }
  }
  driver.syntax_error(ctx.location(), facts);
}

void Parser::error(const location_type& where, const std::string& message) {
  driver.syntax_error(where, message);
}

}  // namespace lys::grammar
