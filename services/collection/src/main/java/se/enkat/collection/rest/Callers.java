package se.enkat.collection.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.enkat.collection.service.Caller;

/** Reads who is calling from the request's security identity: admin role, or the org claim. */
@RequestScoped
public class Callers {

  static final String ORG_CLAIM = "org";

  private final SecurityIdentity identity;

  Callers(SecurityIdentity identity) {
    this.identity = identity;
  }

  public Caller current() {
    Caller caller =
        identity.hasRole("admin") ? Caller.administrator() : Caller.respondent(organisationClaim());
    return caller.as(subject(), name());
  }

  private String subject() {
    if (identity.getPrincipal() instanceof JsonWebToken token && token.getSubject() != null) {
      return token.getSubject();
    }
    return identity.isAnonymous() ? null : identity.getPrincipal().getName();
  }

  /** The {@code name} claim, else {@code preferred_username}, else the principal's name. */
  private String name() {
    if (identity.getPrincipal() instanceof JsonWebToken token) {
      for (String claim : new String[] {"name", "preferred_username"}) {
        Object value = token.getClaim(claim);
        if (value instanceof JsonString text) {
          return text.getString();
        }
        if (value != null) {
          return value.toString();
        }
      }
    }
    return identity.isAnonymous() ? null : identity.getPrincipal().getName();
  }

  private String organisationClaim() {
    if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
      return null;
    }
    Object claim = token.getClaim(ORG_CLAIM);
    if (claim instanceof JsonString text) {
      return text.getString();
    }
    return claim == null ? null : claim.toString();
  }
}
