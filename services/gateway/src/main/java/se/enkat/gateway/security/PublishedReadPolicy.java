package se.enkat.gateway.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Guards the published API at the edge: a token is required unless anonymous read is switched on
 * ({@code ENKAT_ANONYMOUS_READ=true}, the same setting the publication service reads).
 */
@ApplicationScoped
public class PublishedReadPolicy implements HttpSecurityPolicy {

  private final boolean anonymousRead;

  PublishedReadPolicy(@ConfigProperty(name = "enkat.anonymous-read") boolean anonymousRead) {
    this.anonymousRead = anonymousRead;
  }

  @Override
  public String name() {
    return "published-read";
  }

  @Override
  public Uni<CheckResult> checkPermission(
      RoutingContext request,
      Uni<SecurityIdentity> identity,
      AuthorizationRequestContext requestContext) {
    if (anonymousRead) {
      return CheckResult.permit();
    }
    return identity.map(id -> id.isAnonymous() ? CheckResult.DENY : CheckResult.PERMIT);
  }
}
