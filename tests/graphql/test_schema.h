// The small schema the engine's tests run against: an interface, a union, enums,
// input objects with defaults, custom scalars, deprecations and mutations.
#pragma once

namespace lys::graphql::testing {

inline constexpr const char* kTestSdl = R"(
"The shop's schema."
schema { query: Query mutation: Mutation }

"An object with a global id."
interface Node { id: ID! }

interface Named { name: String! }

enum Color {
  RED
  GREEN
  "Not for long."
  BLUE @deprecated(reason: "Use GREEN.")
}

scalar DateTime @specifiedBy(url: "https://datatracker.ietf.org/doc/html/rfc3339")

input ProductFilter {
  name: String
  minPrice: Int = 0
  colors: [Color!]
  tags: [String!]! = []
}

input NewProduct {
  name: String!
  price: Int!
  color: Color = RED
  filter: ProductFilter
}

type Product implements Node & Named {
  id: ID!
  name: String!
  price(currency: String = "EUR"): Int
  color: Color!
  legacyCode: String @deprecated
  category: Category
  createdAt: DateTime
}

type Category implements Node & Named {
  id: ID!
  name: String!
  products(first: Int, filter: ProductFilter): [Product!]!
}

union SearchResult = Product | Category

type Query {
  node(id: ID!): Node
  product(id: ID!): Product
  products(filter: ProductFilter, first: Int = 10, after: String): [Product!]!
  search(text: String!): [SearchResult!]!
  requiredProduct: Product!
  echo(value: Float, flag: Boolean, ids: [ID!], when: DateTime): String
}

type Mutation {
  createProduct(input: NewProduct!): Product
  deleteProduct(id: ID!): Boolean!
}
)";

}  // namespace lys::graphql::testing
