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
    if (identity.hasRole("admin")) {
      return Caller.administrator();
    }
    return Caller.respondent(organisationClaim());
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
