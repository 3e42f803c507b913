// The .lys grammar: a pure bison C++ parser (lalr1.cc) with locations, typed
// semantic values and no globals. It builds syntax only; every check that needs
// names or types belongs to sema. Parse state lives in lys::ParseDriver.
%require "3.8"
%language "c++"
%skeleton "lalr1.cc"

%define api.namespace {lys::grammar}
%define api.parser.class {Parser}
%define api.value.type variant
%define api.token.constructor
%define api.token.raw
%define api.location.type {lys::SourceSpan}
%define parse.assert
%define parse.error detailed
%define parse.lac full
%locations
%expect 0

%param {lys::ParseDriver& driver}

%code requires {
#include "compiler/ast/ast.h"
#include "compiler/diag/source_span.h"
namespace lys { class ParseDriver; }
}

%code {
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
}

%token END 0 "end of file"
%token APP "app"
%token LBRACE "{" RBRACE "}"
%token <std::string> IDENT "identifier"

%nterm <lys::ast::App> app
%nterm <lys::ast::Name> name

%start file

%%

file
  : %empty
  | file app      { driver.file().apps.push_back(std::move($2)); }
  | file error    { }
  ;

app
  : "app" name "{" "}"   { $$.name = std::move($2); $$.attributes.doc = driver.take_doc(@1); $$.span = @$; }
  ;

name
  : IDENT         { $$ = lys::ast::Name{std::move($1), @1}; }
  ;

%%

void lys::grammar::Parser::error(const location_type& where, const std::string& message) {
  driver.syntax_error(where, message);
}
