package se.enkat.stack;

/** The ports the local stack uses, with their defaults and the variable that changes each. */
public enum StackPort {
  POSTGRES("PostgreSQL", "ENKAT_PG_PORT", 15432),
  KAFKA("Kafka", "ENKAT_KAFKA_PORT", 9092),
  KAFKA_CONTROLLER("Kafka controller", "ENKAT_KAFKA_CONTROLLER_PORT", 9093),
  KEYCLOAK("Keycloak", "ENKAT_KEYCLOAK_PORT", 8180),
  SMTP("SMTP (GreenMail)", "ENKAT_SMTP_PORT", 3025),
  SMTP_API("GreenMail API", "ENKAT_SMTP_API_PORT", 3080),
  GATEWAY("gateway", "ENKAT_GATEWAY_PORT", 8080),
  COLLECTION("collection", "ENKAT_COLLECTION_PORT", 8081),
  VALIDATION("validation", "ENKAT_VALIDATION_PORT", 8082),
  INDICATOR("indicator", "ENKAT_INDICATOR_PORT", 8083),
  PUBLICATION("publication", "ENKAT_PUBLICATION_PORT", 8084);

  private final String label;
  private final String envVar;
  private final int defaultPort;

  StackPort(String label, String envVar, int defaultPort) {
    this.label = label;
    this.envVar = envVar;
    this.defaultPort = defaultPort;
  }

  public String label() {
    return label;
  }

  public String envVar() {
    return envVar;
  }

  public int defaultPort() {
    return defaultPort;
  }
}
