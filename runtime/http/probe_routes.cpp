#include "http/routes.h"

namespace lys::http {

Response healthz_route() {
  return text_response(200, "ok\n");
}

Response readyz_route(const Services& services) {
  try {
    db::Database::Lease lease = services.database.acquire();
    lease->query("SELECT 1");
    return text_response(200, "ready\n");
  } catch (const db::Error&) {
    // The reason stays out of the response: it may name hosts and users.
    return text_response(503, "database unavailable\n");
  }
}

Response metrics_route(const Services& services) {
  Response response = text_response(200, services.metrics.render(services.database));
  response.content_type = "text/plain; version=0.0.4; charset=utf-8";
  return response;
}

}  // namespace lys::http
