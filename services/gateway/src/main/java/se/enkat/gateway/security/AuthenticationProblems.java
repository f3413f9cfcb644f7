package se.enkat.gateway.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.enkat.gateway.proxy.Problems;

/** Answers a missing or bad token at the edge with a 401 problem; nothing is proxied. */
@ApplicationScoped
public class AuthenticationProblems {

  void install(@Observes Router router) {
    router
        .route()
        .order(-1000)
        .failureHandler(
            context -> {
              Throwable failure = context.failure();
              if (failure instanceof AuthenticationFailedException
                  || failure instanceof UnauthorizedException) {
                context.response().putHeader("WWW-Authenticate", "Bearer realm=\"enkat\"");
                Problems.send(
                    context.response(),
                    401,
                    "unauthenticated",
                    "Unauthenticated",
                    "A valid bearer token is required.");
              } else if (failure instanceof ForbiddenException) {
                Problems.send(context.response(), 403, "forbidden", "Forbidden", "Access denied.");
              } else {
                context.next();
              }
            });
  }
}
