package se.enkat.collection.rest;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.enkat.collection.service.JsonCodec;
import se.enkat.common.problem.Problem;

/**
 * Refuses a request whose declared body exceeds {@code quarkus.http.limits.max-body-size} with a
 * 413 problem+json. Quarkus' own check (route order -2) answers 413 with an empty body; this route
 * runs just before it so clients get the same error format as everywhere else.
 */
@ApplicationScoped
public class BodyLimitRoute {

  /** Before Quarkus' upload-limit route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT = -2). */
  private static final int ORDER = -3;

  private final long limit;
  private final JsonCodec json;

  BodyLimitRoute(
      @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit,
      JsonCodec json) {
    this.limit = limit.asLongValue();
    this.json = json;
  }

  void register(@Observes Router router) {
    router.route().order(ORDER).handler(this::check);
  }

  private void check(RoutingContext context) {
    String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (declared == null || !tooLarge(declared)) {
      context.next();
      return;
    }
    String body =
        json.write(
            Problem.of(
                413,
                "Payload too large",
                "The request body exceeds the limit of " + limit + " bytes."));
    context
        .response()
        .setStatusCode(413)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(body);
  }

  private boolean tooLarge(String declared) {
    try {
      return Long.parseLong(declared.trim()) > limit;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
