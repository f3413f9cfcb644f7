package se.enkat.publication.rest;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.publication.config.PublicationConfig;

/**
 * Who may read the published API: role {@code dashboard} (or {@code admin}, who publishes it), or
 * anyone when {@code enkat.publication.anonymous-read} is on. Checked in code rather than with
 * {@code @RolesAllowed} because one setting must be able to open it.
 */
@ApplicationScoped
public class PublishedAccess {

  private final SecurityIdentity identity;
  private final PublicationConfig config;

  PublishedAccess(SecurityIdentity identity, PublicationConfig config) {
    this.identity = identity;
    this.config = config;
  }

  public void check() {
    if (config.anonymousRead()) {
      return;
    }
    if (identity.isAnonymous()) {
      throw new UnauthorizedException();
    }
    if (!identity.hasRole("dashboard") && !identity.hasRole("admin")) {
      throw new ForbiddenException("The published API needs the dashboard role.");
    }
  }
}
