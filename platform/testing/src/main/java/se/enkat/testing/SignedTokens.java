package se.enkat.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bearer tokens shaped like the realm {@code enkat}'s access tokens (audience {@code enkat-api},
 * realm roles, the {@code org} claim), RS256-signed with the key of {@link SigningKeyTestResource}.
 */
public final class SignedTokens {

  /** The issuer the tenant expects ({@code quarkus.oidc.token.issuer}). */
  public static final String ISSUER = "http://keycloak.enkat.test/realms/enkat";

  static final String KEY_PROPERTY = "enkat.test.token-signing-key";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

  private final PrivateKey key;

  private SignedTokens(PrivateKey key) {
    this.key = key;
  }

  /** The tokens of the running test application (its config holds the signing key). */
  public static SignedTokens ofThisApplication() {
    String encoded = ConfigProvider.getConfig().getValue(KEY_PROPERTY, String.class);
    try {
      return new SignedTokens(
          KeyFactory.getInstance("RSA")
              .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(encoded))));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A respondent of organisation {@code org}, as Keycloak issues one to user {@code user}. */
  public String respondent(String user, String org, Instant expires) {
    Map<String, Object> claims = claims(user, "respondent", expires);
    claims.put("org", org);
    return sign(claims);
  }

  /** An administrator's token. */
  public String admin(String user, Instant expires) {
    return sign(claims(user, "admin", expires));
  }

  /** Any claims, signed. */
  public String sign(Map<String, Object> claims) {
    String signingInput =
        encode(Map.of("alg", "RS256", "typ", "JWT", "kid", "test")) + "." + encode(claims);
    try {
      Signature rs256 = Signature.getInstance("SHA256withRSA");
      rs256.initSign(key);
      rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + BASE64URL.encodeToString(rs256.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> claims(String user, String role, Instant expires) {
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("exp", expires.getEpochSecond());
    claims.put("iat", Instant.now().getEpochSecond());
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("iss", ISSUER);
    claims.put("aud", "enkat-api");
    claims.put("sub", UUID.nameUUIDFromBytes(user.getBytes(StandardCharsets.UTF_8)).toString());
    claims.put("typ", "Bearer");
    claims.put("azp", "enkat-web");
    claims.put("realm_access", Map.of("roles", List.of(role)));
    claims.put("preferred_username", user);
    return claims;
  }

  private static String encode(Map<String, Object> json) {
    try {
      return BASE64URL.encodeToString(JSON.writeValueAsBytes(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
