package se.enkat.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The memory of verified bearer tokens ({@link VerifiedTokens}), the same keys in every service:
 * identities keyed by the whole token, kept for at most the token's remaining lifetime.
 */
@ConfigMapping(prefix = "enkat.security.token-cache")
public interface TokenCacheConfig {

  /** Off: every request's token is verified in full by quarkus-oidc. */
  @WithDefault("true")
  boolean enabled();

  /** Most tokens remembered at once (the least recently used go first). */
  @WithDefault("2000")
  long maxSize();
}
