package se.enkat.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the identity of every bearer token that quarkus-oidc has verified in this service
 * (signature, issuer, audience, expiry), keyed by the whole token string, for at most the token's
 * remaining lifetime. A client sends the same token with every request until it expires; verifying
 * it again each time was a third of the gateway's CPU per request and a tenth of collection's on
 * the submit path.
 *
 * <p>As an identity provider tried before quarkus-oidc's, it answers a token it has seen verified
 * and declines (null) anything else, which quarkus-oidc then verifies in full. As the last
 * augmentor it records what quarkus-oidc accepted. A token that differs in any character (an edited
 * payload, another signature) is another key and is verified from scratch; an expired token is
 * never answered from here. Failures are not remembered. Each service has its own memory: a token
 * one service verified is verified again by the first request that brings it to another.
 */
@ApplicationScoped
public class VerifiedTokens {

  /** Request-bound attributes quarkus-oidc puts on an identity: replaced on every answer. */
  private static final String ROUTING_CONTEXT = RoutingContext.class.getName();

  private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

  /** Marks identities answered from here, so they are not recorded again. */
  private static final String REMEMBERED = "se.enkat.security.verified-token";

  private final boolean enabled;
  private final Cache<String, SecurityIdentity> verified;
  private final LongAdder answered = new LongAdder();

  VerifiedTokens(TokenCacheConfig config) {
    this.enabled = config.enabled();
    this.verified =
        Caffeine.newBuilder()
            .maximumSize(config.maxSize())
            .expireAfter(
                Expiry.creating((String token, SecurityIdentity identity) -> lifetime(identity)))
            .executor(Runnable::run)
            .build();
  }

  /** The identity of a token verified before and not expired, bound to this request; or null. */
  SecurityIdentity recall(
      TokenAuthenticationRequest request, AuthenticationRequestContext context) {
    if (!enabled || !(request.getToken() instanceof AccessTokenCredential credential)) {
      return null;
    }
    SecurityIdentity identity = verified.getIfPresent(credential.getToken());
    if (identity == null || !unexpired(identity)) {
      return null;
    }
    answered.increment();
    return QuarkusSecurityIdentity.builder(identity)
        .addAttribute(ROUTING_CONTEXT, HttpSecurityUtils.getRoutingContextAttribute(request))
        .addAttribute(REQUEST_CONTEXT, context)
        .build();
  }

  /** How many requests have been answered from here since start. */
  public long answered() {
    return answered.sum();
  }

  /** Whether this token would be answered from here now: seen verified and not expired. */
  public boolean remembers(String token) {
    SecurityIdentity identity = enabled ? verified.getIfPresent(token) : null;
    return identity != null && unexpired(identity);
  }

  /** Records the identity of a bearer token quarkus-oidc has just verified. */
  void remember(SecurityIdentity identity) {
    if (enabled
        && !identity.isAnonymous()
        && identity.getAttribute(REMEMBERED) == null
        && identity.getPrincipal() instanceof JsonWebToken token
        && isBearer(identity, token)
        && unexpired(identity)) {
      verified
          .asMap()
          .putIfAbsent(
              token.getRawToken(),
              QuarkusSecurityIdentity.builder(identity)
                  .addAttribute(ROUTING_CONTEXT, null)
                  .addAttribute(REQUEST_CONTEXT, null)
                  .addAttribute(REMEMBERED, Boolean.TRUE)
                  .build());
    }
  }

  /** The identity stands for the bearer token in its credentials (not, e.g., a code-flow login). */
  private static boolean isBearer(SecurityIdentity identity, JsonWebToken token) {
    AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
    return credential != null && credential.getToken().equals(token.getRawToken());
  }

  private static boolean unexpired(SecurityIdentity identity) {
    return lifetime(identity).compareTo(Duration.ZERO) > 0;
  }

  /** How long the identity's token is still valid (zero or negative: expired, or no expiry). */
  private static Duration lifetime(SecurityIdentity identity) {
    if (identity.getPrincipal() instanceof JsonWebToken token && token.getExpirationTime() > 0) {
      return Duration.between(Instant.now(), Instant.ofEpochSecond(token.getExpirationTime()));
    }
    return Duration.ZERO;
  }

  /** Answers a token verified before; declines (null) anything else, for quarkus-oidc to verify. */
  @ApplicationScoped
  static class Provider implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens tokens;

    Provider(VerifiedTokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
      return TokenAuthenticationRequest.class;
    }

    /** Tried before quarkus-oidc's provider (default priority). */
    @Override
    public int priority() {
      return IdentityProvider.super.priority() + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
        TokenAuthenticationRequest request, AuthenticationRequestContext context) {
      return Uni.createFrom().item(tokens.recall(request, context));
    }
  }

  /** Records what quarkus-oidc accepted; runs after every other augmentor. */
  @ApplicationScoped
  static class Recorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;

    Recorder(VerifiedTokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public int priority() {
      return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(
        SecurityIdentity identity, AuthenticationRequestContext context) {
      tokens.remember(identity);
      return Uni.createFrom().item(identity);
    }
  }
}
