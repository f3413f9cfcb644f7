package se.enkat.common.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The demo settings a production installation must not run with (docs/deploying.md, Secrets): the
 * realm export's client secret, Keycloak's {@code admin/admin}, a database password equal to its
 * user name, and a Keycloak reached over plain HTTP, which is what the demo realm's {@code
 * sslRequired: none} allows. Each finding names the variable to set.
 */
public final class DemoSettings {

  /**
   * Values that are public: the demo realm's dashboard client secret, the local stack's Keycloak
   * admin password and the demo users' password (deploy/keycloak/enkat-realm.json).
   */
  static final Set<String> DEMO_VALUES = Set.of("enkat-dashboard-secret", "admin", "demo");

  static final String KEYCLOAK_URL = "quarkus.oidc.auth-server-url";

  private DemoSettings() {}

  /** Whether the check needs a setting's value: secrets, passwords, user names, Keycloak. */
  public static boolean relevant(String name) {
    String last = lastSegment(name);
    return last.endsWith("secret")
        || last.endsWith("password")
        || last.equals("username")
        || last.equals("user")
        || canonical(name).equals(canonical(KEYCLOAK_URL));
  }

  /** What is wrong with the settings (name → value), one sentence each; empty when nothing is. */
  public static List<String> violations(Map<String, String> settings) {
    Map<String, String> byVariable = new TreeMap<>();
    settings.forEach((name, value) -> byVariable.putIfAbsent(canonical(name), value));
    List<String> violations = new ArrayList<>();
    byVariable.forEach(
        (variable, value) -> {
          String last = lastSegment(variable);
          if (!(last.endsWith("secret") || last.endsWith("password")) || value == null) {
            return;
          }
          if (DEMO_VALUES.contains(value)) {
            violations.add(
                variable
                    + " is the demo value \""
                    + value
                    + "\": set "
                    + variable
                    + " to this installation's own secret");
            return;
          }
          if (last.endsWith("password")) {
            String stem = variable.substring(0, variable.length() - "PASSWORD".length());
            for (String user : List.of(stem + "USERNAME", stem + "USER")) {
              if (value.equals(byVariable.get(user))) {
                violations.add(
                    variable
                        + " equals the user name "
                        + user
                        + ": set "
                        + variable
                        + " to the database user's own password");
              }
            }
          }
        });
    String keycloak = byVariable.get(canonical(KEYCLOAK_URL));
    if (keycloak != null && keycloak.startsWith("http://")) {
      violations.add(
          "Keycloak is reached over plain HTTP ("
              + keycloak
              + "), as the demo realm's sslRequired \"none\" allows: set ENKAT_KEYCLOAK_URL to its"
              + " https:// address, with the realm requiring TLS (sslRequired \"external\" or"
              + " \"all\")");
    }
    return violations;
  }

  /** The environment variable a setting is read from: QUARKUS_DATASOURCE_PASSWORD. */
  static String canonical(String name) {
    return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  private static String lastSegment(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).split("[._\"-]+");
    return parts.length == 0 ? "" : parts[parts.length - 1];
  }
}
