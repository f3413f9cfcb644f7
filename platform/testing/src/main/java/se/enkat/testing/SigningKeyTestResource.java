package se.enkat.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Turns a {@code @QuarkusTest}'s OIDC tenant on with a signing key of its own, so that tests send
 * really signed bearer tokens ({@link SignedTokens}) through quarkus-oidc's full check: RS256
 * signature, issuer, audience, expiry. Only the key's source differs from production: a public key
 * in the settings instead of the realm's JWKS fetched from Keycloak (no Keycloak is started). A
 * fresh key pair per run; the private half reaches the tests as a setting of the same config.
 */
public class SigningKeyTestResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    KeyPair pair = newKeyPair();
    Base64.Encoder base64 = Base64.getEncoder();
    return Map.of(
        "quarkus.oidc.tenant-enabled",
        "true",
        // no server: an empty value unsets the service's Keycloak URL, and with a public key
        // quarkus-oidc verifies locally
        "quarkus.oidc.auth-server-url",
        "",
        "quarkus.oidc.public-key",
        base64.encodeToString(pair.getPublic().getEncoded()),
        "quarkus.oidc.token.issuer",
        SignedTokens.ISSUER,
        SignedTokens.KEY_PROPERTY,
        base64.encodeToString(pair.getPrivate().getEncoded()));
  }

  @Override
  public void stop() {}

  private static KeyPair newKeyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
