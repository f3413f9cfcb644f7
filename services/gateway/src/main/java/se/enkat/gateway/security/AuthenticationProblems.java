package se.enkat.gateway.security;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.enkat.gateway.openapi.OpenApiRoutes;
import se.enkat.gateway.proxy.Problems;

/** Answers a missing or bad token at the edge with a 401 problem; nothing is proxied. */
@ApplicationScoped
public class AuthenticationProblems {

  /** After the body limit (413 first), before authentication. */
  private static final int BEARER_ORDER = -2400;

  private static final String RETRY_AFTER_SECONDS = "5";

  private final boolean checkingTokens;
  private final boolean anonymousPublishedRead;

  AuthenticationProblems(
      @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true")
          boolean checkingTokens,
      @ConfigProperty(name = "enkat.anonymous-read", defaultValue = "false")
          boolean anonymousPublishedRead) {
    this.checkingTokens = checkingTokens;
    this.anonymousPublishedRead = anonymousPublishedRead;
  }

  void install(@Observes Router router) {
    // Without any bearer token Quarkus denies the anonymous caller with a bare 401 challenge that
    // no failure handler sees; answer it here with the same problem as a bad token.
    router.route("/api/v1/*").order(BEARER_ORDER).handler(this::requireBearer);
    router
        .route()
        .order(-1000)
        .failureHandler(
            context -> {
              Throwable failure = context.failure();
              if (failure instanceof AuthenticationFailedException
                  || failure instanceof UnauthorizedException) {
                unauthenticated(context.response());
              } else if (failure instanceof ForbiddenException) {
                Problems.send(context.response(), 403, "forbidden", "Forbidden", "Access denied.");
              } else if (keycloakOutOfReach(failure)) {
                // the token cannot be checked now, not a bad token: retry, as for any outage
                context.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
                Problems.send(
                    context.response(),
                    503,
                    "unavailable",
                    "Service unavailable",
                    "The sign-in service cannot be reached to check the token; nothing was done."
                        + " Retry after the time in Retry-After.");
              } else {
                context.next();
              }
            });
  }

  private void requireBearer(RoutingContext context) {
    HttpServerRequest request = context.request();
    if (!checkingTokens
        || request.method() == HttpMethod.OPTIONS
        || (anonymousPublishedRead && request.path().startsWith("/api/v1/published"))
        || request.path().equals(OpenApiRoutes.PATH)
        || isBearer(request.getHeader("Authorization"))) {
      context.next();
      return;
    }
    unauthenticated(context.response());
  }

  private static boolean isBearer(String authorization) {
    return authorization != null
        && authorization.length() > 7
        && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  /**
   * quarkus-oidc could not reach Keycloak for the realm's metadata or keys (the gateway started
   * while Keycloak was down): its OIDCException, found through the causes.
   */
  static boolean keycloakOutOfReach(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OIDCException
          && t.getMessage() != null
          && t.getMessage().contains("OIDC Server is not available")) {
        return true;
      }
    }
    return false;
  }

  private static void unauthenticated(HttpServerResponse response) {
    response.putHeader("WWW-Authenticate", "Bearer realm=\"enkat\"");
    Problems.send(
        response, 401, "unauthenticated", "Unauthenticated", "A valid bearer token is required.");
  }
}
