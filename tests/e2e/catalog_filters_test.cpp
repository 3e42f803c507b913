// catalog-server filters: every operator on every kind of field, and their and/or/not
// combinations, over the sample data (support/catalog.h lists it).
#include <gtest/gtest.h>

#include "support/catalog.h"

namespace lys::e2e {
namespace {

class CatalogFilters : public SampleCatalogTest {
 protected:
  // The names of the products `filter` (a GraphQL literal) matches, by name.
  std::string matching(const std::string& filter) {
    Json data =
        parse_json(catalog().data("{ products(first: 100, orderBy: [{field: NAME}], "
                                  "filter: " +
                                  filter + ") { totalCount nodes { name } } }"));
    std::vector<std::string> names = texts_of(at(data.get(), "products.nodes"), "name");
    EXPECT_EQ(print(at(data.get(), "products.totalCount")), std::to_string(names.size())) << filter;
    return joined(names);
  }

  struct Case {
    std::string filter;
    std::string names;
  };
  void expect_matches(const std::vector<Case>& cases) {
    for (const Case& c : cases) EXPECT_EQ(matching(c.filter), c.names) << c.filter;
  }
};
LYS_CATALOG_SUITE(CatalogFilters);

TEST_P(CatalogFilters, Strings) {
  expect_matches({
      {R"({name: {eq: "Cable"}})", "Cable"},
      {R"({name: {neq: "Cable"}})",
       "Camera Charger Gloves Jacket Keyboard Laptop Monitor Mouse Scarf Socks T-shirt"},
      {R"({name: {in: ["Scarf", "Cable", "Nope"]}})", "Cable Scarf"},
      {R"({name: {in: []}})", ""},
      // The list travels as one parameter: text that means something in its list form
      // (quotes, backslashes, braces, commas, NULL) is still only text.
      {R"({name: {in: ["NULL", "{Cable}", "Cable\\", "\"Scarf\"", "Socks,Cable", "Mouse"]}})",
       "Mouse"},
      {R"({name: {like: "C%"}})", "Cable Camera Charger"},
      // like is case-sensitive on both databases, ilike is not.
      {R"({name: {like: "c%"}})", ""},
      {R"({name: {like: "%o%e%"}})", "Gloves Mouse"},
      {R"({name: {like: "_ouse"}})", "Mouse"},
      {R"({name: {ilike: "c%"}})", "Cable Camera Charger"},
      {R"({name: {ilike: "%SHIRT"}})", "T-shirt"},
      {R"({description: {isNull: false}})", "Cable Camera Charger"},
      {R"({description: {isNull: true}, name: {like: "%a%"}})", "Jacket Keyboard Laptop Scarf"},
      {R"({description: {eq: "65 W"}})", "Charger"},
      {R"({search: "CAM"})", "Camera"},
  });
}

TEST_P(CatalogFilters, Numbers) {
  expect_matches({
      {R"({price: {eq: "5"}})", "Cable Charger Scarf Socks"},
      {R"({price: {neq: "5.00", lt: "12"}})", "Gloves Keyboard Mouse"},
      {R"({price: {lt: "7.50"}})", "Cable Charger Scarf Socks"},
      {R"({price: {lte: "7.5"}})", "Cable Charger Gloves Keyboard Mouse Scarf Socks"},
      {R"({price: {gt: "19.89"}})", "Laptop T-shirt"},
      {R"({price: {gte: "19.90"}})", "Laptop T-shirt"},
      {R"({price: {in: ["999.99", "12.00"]}})", "Camera Jacket Laptop Monitor"},
      {R"({stock: {eq: 3}})", "Camera Jacket Monitor"},
      {R"({stock: {neq: 0, lt: 3}})", "Cable Charger Gloves Keyboard Mouse"},
      {R"({stock: {gt: 3}})", "Laptop"},
      {R"({stock: {lte: 0}})", "Scarf Socks T-shirt"},
      {R"({stock: {gte: 3, in: [12, 0]}})", "Laptop"},
      {R"({weightGrams: {gt: "4294967296"}})", "Camera"},
      {R"({weightGrams: {isNull: false}, rating: {gte: 4.5}})", "Camera"},
      {R"({rating: {lt: 4.5}})", ""},
      {R"({featured: {eq: true}})", "Camera"},
      {R"({featured: {neq: true}, stock: {gt: 2}})", "Jacket Laptop Monitor"},
  });
}

TEST_P(CatalogFilters, EnumsAndDates) {
  expect_matches({
      {R"({status: {eq: ACTIVE}})", "Cable Camera Jacket Laptop Mouse Scarf"},
      {R"({status: {neq: ACTIVE}})", "Charger Gloves Keyboard Monitor Socks T-shirt"},
      {R"({status: {in: [ARCHIVED, DRAFT], eq: ARCHIVED}})", "Keyboard"},
      {R"({publishedAt: {isNull: false}})", "Cable Camera Keyboard Mouse Scarf"},
      {R"({publishedAt: {gt: "2024-01-31T00:00:00Z"}})", "Camera Mouse Scarf"},
      {R"({publishedAt: {lt: "2024-01-01T00:00:00Z"}})", "Keyboard"},
      {R"({publishedAt: {gte: "2024-01-10T08:00:00Z", lte: "2024-02-15T12:30:00Z"}})",
       "Cable Mouse"},
      // The same instants, written otherwise.
      {R"({publishedAt: {eq: "2024-02-15T12:30:00.000Z"}})", "Mouse"},
      {R"({publishedAt: {eq: "2024-02-15T13:30:00+01:00"}})", "Mouse"},
      {R"({publishedAt: {in: ["2024-05-01T12:00:00Z", "2024-01-10T08:00:00Z"]}})", "Cable Camera"},
      {R"({publishedAt: {neq: "2024-05-01T12:00:00Z"}})", "Cable Keyboard Mouse Scarf"},
      {R"({releasedOn: {eq: "2024-05-01"}})", "Camera"},
      {R"({releasedOn: {lt: "2024-05-01"}})", ""},
  });
}

TEST_P(CatalogFilters, References) {
  std::string electronics = "\"" + category_id("ELECTRONICS") + "\"";
  std::string globex = "\"" + client_id("globex") + "\"";
  expect_matches({
      {"{category: {eq: " + electronics + "}}",
       "Cable Camera Charger Keyboard Laptop Monitor Mouse"},
      {"{category: {neq: " + electronics + "}}", "Gloves Jacket Scarf Socks T-shirt"},
      {"{client: {in: [" + globex + "]}, category: {eq: " + electronics + "}}", "Camera Charger"},
      // The administrator created the sample products, the fixtures have no owner.
      {"{owner: {isNull: true}}", "Laptop T-shirt"},
      {"{owner: {isNull: false}}",
       "Cable Camera Charger Gloves Jacket Keyboard Monitor Mouse Scarf Socks"},
      {"{id: {eq: \"" + product_id("tshirt") + "\"}}", "T-shirt"},
      {"{id: {in: [\"" + product_id("tshirt") + "\", \"" + product_id("laptop") + "\"]}}",
       "Laptop T-shirt"},
  });
  // An id of another type is a mistake, said as such.
  Json response =
      catalog().post("{ products(filter: {category: {eq: " + globex + "}}) { totalCount } }");
  EXPECT_EQ(first_error_code(response.get()), "BAD_USER_INPUT") << print(response.get());
  EXPECT_EQ(text_at(response.get(), "errors[0].message"),
            "'category' expects the id of a ProductCategory");
}

TEST_P(CatalogFilters, ListsLongerThanTheDatabasesParameterLimitsAreOneParameter) {
  // PostgreSQL takes at most 65,535 parameters in a statement, SQLite 32,766 by default:
  // 70,000 stocks, of which only 3 is one of the sample's.
  std::string stocks = "[3";
  for (int stock = 100'000; stock < 169'999; ++stock) stocks += "," + std::to_string(stock);
  stocks += "]";
  Json response = catalog().post(
      "query ($stocks: [Int!]) { products(orderBy: [{field: NAME}], "
      "filter: {stock: {in: $stocks}}) { totalCount nodes { name } } }",
      R"({"stocks":)" + stocks + "}");
  EXPECT_EQ(joined(texts_of(at(response.get(), "data.products.nodes"), "name")),
            "Camera Jacket Monitor")
      << print(response.get()).substr(0, 500);
  EXPECT_EQ(print(at(response.get(), "data.products.totalCount")), "3");
}

TEST_P(CatalogFilters, AndOrNot) {
  std::string clothing = "\"" + category_id("CLOTHING") + "\"";
  expect_matches({
      {R"({and: [{status: {eq: ACTIVE}}, {price: {lt: "10"}}]})", "Cable Mouse Scarf"},
      {R"({or: [{name: {eq: "Laptop"}}, {stock: {eq: 3}}]})", "Camera Jacket Laptop Monitor"},
      {"{not: {category: {eq: " + clothing + "}}}",
       "Cable Camera Charger Keyboard Laptop Monitor Mouse"},
      {"{status: {eq: ACTIVE}, category: {eq: " + clothing + "}}", "Jacket Scarf"},
      {R"({not: {or: [{price: {lt: "10"}}, {status: {eq: DRAFT}}]}})", "Camera Jacket Laptop"},
      {R"({or: [{and: [{stock: {eq: 0}}, {status: {eq: ACTIVE}}]}, {not: {price: {lte: "900"}}}]})",
       "Laptop Scarf"},
      {R"({and: [], or: [{name: {eq: "Socks"}}]})", "Socks"},
      {R"({not: {not: {name: {ilike: "s%"}}}})", "Scarf Socks"},
      // Two-valued: a product without a description is one whose description is not "65 W".
      {R"({not: {description: {eq: "65 W"}}})",
       "Cable Camera Gloves Jacket Keyboard Laptop Monitor Mouse Scarf Socks T-shirt"},
  });
}

TEST_P(CatalogFilters, AndOrAndNotNestSixteenDeep) {
  auto nested = [](int depth, const std::string& open, const std::string& close) {
    std::string filter = R"({name: {eq: "Cable"}})";
    for (int i = 0; i < depth; ++i) filter = open + filter + close;
    return filter;
  };
  expect_matches({
      {nested(16, "{not: ", "}"), "Cable"},
      {nested(16, "{and: [", "]}"), "Cable"},
      {nested(5, R"({or: [{name: {eq: "Mouse"}}, {not: {not: )", "}}]}"), "Cable Mouse"},
  });
  for (const std::string& filter :
       {nested(17, "{not: ", "}"), nested(17, "{or: [", "]}"), nested(9, "{and: [{not: ", "}]}")}) {
    Json response = catalog().post("{ products(filter: " + filter + ") { totalCount } }");
    EXPECT_EQ(first_error_code(response.get()), "BAD_USER_INPUT") << print(response.get());
    EXPECT_EQ(text_at(response.get(), "errors[0].message"),
              "'filter' nests and, or and not at most 16 deep");
  }
}

TEST_P(CatalogFilters, BadFilterValuesAreBadUserInput) {
  for (const char* filter : {R"({price: {eq: "cheap"}})", R"({publishedAt: {gt: "yesterday"}})",
                             R"({releasedOn: {eq: "2024-13-01"}})", R"({weightGrams: {eq: "1e3"}})",
                             R"({sku: {eq: "not-a-uuid"}})"}) {
    Json response =
        catalog().post(std::string("{ products(filter: ") + filter + ") { totalCount } }");
    EXPECT_EQ(first_error_code(response.get()), "BAD_USER_INPUT") << print(response.get());
  }
}

}  // namespace
}  // namespace lys::e2e
