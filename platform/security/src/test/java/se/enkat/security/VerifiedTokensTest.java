package se.enkat.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** A service's memory of verified bearer tokens: only the exact, unexpired token is answered. */
class VerifiedTokensTest {

  private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl";

  @Test
  void aTokenVerifiedOnceIsAnsweredWithItsIdentityUntilItExpires() {
    VerifiedTokens tokens = new VerifiedTokens(config(true));
    tokens.remember(identity(TOKEN, Instant.now().plusSeconds(300)));

    SecurityIdentity answered = tokens.recall(request(TOKEN), null);

    assertThat(answered).isNotNull();
    assertThat(answered.getPrincipal().getName()).isEqualTo("admin");
    assertThat(answered.getRoles()).containsExactly("admin");
    assertThat(tokens.remembers(TOKEN)).isTrue();
    assertThat(tokens.answered()).isEqualTo(1);
  }

  @Test
  void aTokenThatDiffersInAnyCharacterIsLeftToTheFullCheck() {
    VerifiedTokens tokens = new VerifiedTokens(config(true));
    tokens.remember(identity(TOKEN, Instant.now().plusSeconds(300)));

    String editedPayload = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvdGhlciJ9.c2lnbmF0dXJl";
    String otherSignature = TOKEN.substring(0, TOKEN.length() - 1) + "x";

    assertThat(tokens.recall(request(editedPayload), null)).isNull();
    assertThat(tokens.recall(request(otherSignature), null)).isNull();
    assertThat(tokens.recall(request("never-seen"), null)).isNull();
    assertThat(tokens.answered()).isZero();
  }

  @Test
  void anExpiredTokenIsNeverAnsweredFromMemory() {
    VerifiedTokens tokens = new VerifiedTokens(config(true));
    tokens.remember(identity(TOKEN, Instant.now().minusSeconds(1)));

    assertThat(tokens.recall(request(TOKEN), null)).isNull();
    assertThat(tokens.remembers(TOKEN)).isFalse();
  }

  @Test
  void anIdentityWhoseTokenIsNotItsBearerCredentialIsNotRemembered() {
    VerifiedTokens tokens = new VerifiedTokens(config(true));
    tokens.remember(
        QuarkusSecurityIdentity.builder()
            .setPrincipal(new Jwt(TOKEN, Instant.now().plusSeconds(300)))
            .addRole("admin")
            .build());

    assertThat(tokens.recall(request(TOKEN), null)).isNull();
  }

  @Test
  void switchedOffItAnswersNothing() {
    VerifiedTokens tokens = new VerifiedTokens(config(false));
    tokens.remember(identity(TOKEN, Instant.now().plusSeconds(300)));

    assertThat(tokens.recall(request(TOKEN), null)).isNull();
  }

  private static TokenAuthenticationRequest request(String token) {
    return new TokenAuthenticationRequest(new AccessTokenCredential(token));
  }

  private static SecurityIdentity identity(String token, Instant expires) {
    return QuarkusSecurityIdentity.builder()
        .setPrincipal(new Jwt(token, expires))
        .addCredential(new AccessTokenCredential(token))
        .addRole("admin")
        .build();
  }

  /** A verified token's principal as quarkus-oidc gives it: the raw token and its claims. */
  private record Jwt(String raw, Instant expires) implements JsonWebToken {
    @Override
    public String getName() {
      return "admin";
    }

    @Override
    public Set<String> getClaimNames() {
      return claims().keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
      return (T) claims().get(claimName);
    }

    private Map<String, Object> claims() {
      return Map.of("raw_token", raw, "exp", expires.getEpochSecond(), "sub", "admin");
    }
  }

  private static TokenCacheConfig config(boolean cacheEnabled) {
    return new TokenCacheConfig() {
      @Override
      public boolean enabled() {
        return cacheEnabled;
      }

      @Override
      public long maxSize() {
        return 100;
      }
    };
  }
}
