#include "graphql/engine.h"

#include <cjson/cJSON.h>

#include <stdexcept>

#include "codec/json_document.h"
#include "codec/json_scan.h"
#include "graphql/coercion.h"
#include "graphql/collect_fields.h"
#include "graphql/introspection.h"
#include "graphql/json_writer.h"
#include "graphql/operation_limits.h"
#include "graphql/parser.h"
#include "graphql/validation.h"

namespace lys::graphql {

namespace {

// Enough for every query an application's clients send; the byte budget bounds what
// clients sending large documents that never repeat can make the server hold.
constexpr std::size_t kCachedDocuments = 512;
constexpr std::size_t kCachedDocumentBytes = 16 * 1024 * 1024;

Response request_error(int status, const std::vector<Error>& errors) {
  Response response;
  response.http_status = status;
  response.body = "{";
  append_errors_member(response.body, errors);
  response.body += '}';
  return response;
}

Error request_error_value(std::string message, std::string code) {
  return {std::move(message), std::move(code), {}, {}, {}};
}

}  // namespace

std::shared_ptr<const cJSON> parse_variables(std::string_view json) {
  if (json.empty()) return nullptr;
  if (codec::json_holds_control_characters(json)) {
    throw std::invalid_argument("the variables hold a control character or a \\u0000");
  }
  std::shared_ptr<const cJSON> document = codec::parse_shared_json_document(json);
  if (!document) throw std::invalid_argument("the variables are not one JSON value");
  return document;
}

std::unique_ptr<Executor> Executor::create(std::string_view sdl, ExecutorOptions options) {
  return std::make_unique<Engine>(Schema::build(sdl), options);
}

Engine::Engine(std::unique_ptr<Schema> schema, ExecutorOptions options)
    : schema_(std::move(schema)),
      options_(options),
      cache_(kCachedDocuments, kCachedDocumentBytes) {}

void Engine::set_resolver(const std::string& type_name, const std::string& field_name,
                          RootResolver resolver) {
  resolvers_[{type_name, field_name}] = std::move(resolver);
}

CacheStats Engine::document_cache_stats() const {
  return cache_.stats();
}

std::shared_ptr<const PreparedDocument> Engine::prepare(const std::string& query) {
  if (auto cached = cache_.find(query)) return cached;
  auto prepared = std::make_shared<PreparedDocument>();
  ParseLimits parse_limits;
  parse_limits.max_tokens = options_.limits.max_tokens;
  ParseResult parsed = parse_document(query, parse_limits);
  if (auto* error = std::get_if<SyntaxError>(&parsed)) {
    prepared->errors.push_back(error->limit_exceeded
                                   ? Error{error->message, "TOO_COMPLEX", {error->location}, {}, {}}
                                   : Error{"Syntax Error: " + error->message,
                                           "GRAPHQL_PARSE_FAILED",
                                           {error->location},
                                           {},
                                           {}});
  } else {
    prepared->document = std::get<ast::Document>(std::move(parsed));
    prepared->errors =
        validate(*schema_, prepared->document, {options_.introspection, options_.suggestions});
    prepared->selections = decltype(prepared->selections)(prepared->document.operations.size());
  }
  cache_.insert(query, prepared);
  return prepared;
}

const ast::Operation* Engine::select_operation(const ast::Document& document,
                                               const Request& request,
                                               std::vector<Error>& errors) const {
  if (request.operation_name.empty()) {
    if (document.operations.size() == 1) return &document.operations.front();
    errors.push_back(
        request_error_value("Must provide operation name if query contains multiple operations.",
                            "GRAPHQL_VALIDATION_FAILED"));
    return nullptr;
  }
  for (const ast::Operation& operation : document.operations) {
    if (operation.name == request.operation_name) return &operation;
  }
  errors.push_back(request_error_value(
      "Unknown operation named \"" + request.operation_name + "\".", "GRAPHQL_VALIDATION_FAILED"));
  return nullptr;
}

Response Engine::execute(const Request& request, const access::Session& session) {
  if (request.query.empty()) {
    return request_error(
        400, {request_error_value("Must provide query string.", "GRAPHQL_PARSE_FAILED")});
  }
  std::shared_ptr<const PreparedDocument> prepared = prepare(request.query);
  if (!prepared->errors.empty()) return request_error(400, prepared->errors);
  const ast::Document& document = prepared->document;

  std::vector<Error> errors;
  const ast::Operation* operation = select_operation(document, request, errors);
  if (operation == nullptr) return request_error(400, errors);
  if (operation->type == ast::OperationType::Mutation && request.via_get) {
    return request_error(
        405, {request_error_value("Can only perform a mutation operation from a POST request.",
                                  "BAD_REQUEST")});
  }
  if (operation->type == ast::OperationType::Mutation && request.mutation_refusal) {
    return request_error(403, {*request.mutation_refusal});
  }
  if (operation->type == ast::OperationType::Subscription) {
    return request_error(400, {request_error_value("Subscriptions are not supported.",
                                                   "GRAPHQL_VALIDATION_FAILED")});
  }

  const cJSON* given = request.variables.get();
  if (given != nullptr && !cJSON_IsObject(given) && !cJSON_IsNull(given)) {
    return request_error(400, {request_error_value("Variables must be provided as a JSON object.",
                                                   "BAD_USER_INPUT")});
  }
  std::optional<VariableValues> variables = coerce_variables(*schema_, *operation, given, errors);
  if (!variables) return request_error(400, errors);

  const NamedType& root = *schema_->root_type(operation->type);
  std::vector<FieldSelection> fields = select_fields(*prepared, *operation, *variables, errors);
  if (!errors.empty()) return request_error(400, errors);
  if (auto exceeded = limit_exceeded(*schema_, root, fields, options_.limits)) {
    return request_error(400, {std::move(*exceeded)});
  }

  Response response;
  response.body.reserve(256);
  response.body = "{";
  run_root_fields(root, fields, {session, {}, request.cookies, &response.set_cookies},
                  response.body, errors);
  if (!errors.empty()) {
    response.body += ',';
    append_errors_member(response.body, errors);
  }
  response.body += '}';
  return response;
}

std::vector<FieldSelection> Engine::select_fields(const PreparedDocument& prepared,
                                                  const ast::Operation& operation,
                                                  const VariableValues& variables,
                                                  std::vector<Error>& errors) const {
  auto& reusable =
      prepared
          .selections[static_cast<std::size_t>(&operation - prepared.document.operations.data())];
  if (auto cached = reusable.load()) return cached->instantiate(*schema_, variables, errors);
  ++selections_built_;
  const std::size_t errors_before = errors.size();
  SelectionBuilder builder(*schema_, prepared.document, variables, errors);
  std::vector<FieldSelection> fields =
      builder.root_fields(*schema_->root_type(operation.type), operation.selections);
  if (errors.size() == errors_before && builder.reusable()) {
    reusable.store(
        std::make_shared<const SelectionTemplate>(fields, builder.take_variable_arguments()));
  }
  return fields;
}

void Engine::run_root_fields(const NamedType& root, const std::vector<FieldSelection>& fields,
                             const ResolveContext& request_context, std::string& body,
                             std::vector<Error>& errors) {
  body += "\"data\":{";
  const std::size_t data_start = body.size() - 1;
  bool data_nulled = false;  // a non-null root field failed: data is null (§6.4.4)
  std::string value;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const FieldSelection& field = fields[i];
    value.clear();
    std::optional<Error> error;
    if (field.name == "__typename") {
      append_json_string(value, root.name);
    } else if (field.name == "__schema" || field.name == "__type") {
      write_introspection_field(*schema_, field, value);
    } else if (auto resolver = resolvers_.find({root.name, field.name});
               resolver != resolvers_.end()) {
      ResolveContext context{request_context.session,
                             {field.response_key},
                             request_context.cookies,
                             request_context.set_cookies};
      error = resolver->second(field, context, value);
      if (!error && value.empty()) {
        error = Error{"The resolver of " + root.name + "." + field.name + " wrote no value.",
                      "INTERNAL",
                      {},
                      {},
                      {}};
      }
    } else {
      error = Error{"No resolver is registered for " + root.name + "." + field.name + ".",
                    "INTERNAL",
                    {},
                    {},
                    {}};
    }
    if (error) {
      if (error->path.empty()) error->path.emplace_back(field.response_key);
      if (error->locations.empty()) error->locations.push_back(field.location);
      errors.push_back(std::move(*error));
      const FieldDefinition* definition = schema_->field(root, field.name);
      if (definition != nullptr && definition->type.non_null()) data_nulled = true;
      value = "null";
    }
    if (i > 0) body += ',';
    append_json_string(body, field.response_key);
    body += ':';
    body += value;
  }
  body += '}';
  if (data_nulled) {
    body.resize(data_start);
    body += "null";
  }
}

}  // namespace lys::graphql
