package se.enkat.telemetry;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The one setting that turns tracing on: with {@code ENKAT_OTLP_ENDPOINT} (or the system property
 * {@code enkat.otlp.endpoint}) set to an OTLP/HTTP receiver, e.g. a collector's {@code
 * http://otel-collector:4318}, the OpenTelemetry SDK is enabled and exports spans there; without it
 * the SDK stays disabled ({@code quarkus.otel.sdk.disabled=true} in each service) and nothing is
 * recorded or sent. Its ordinal sits above {@code application.properties} and below environment
 * variables, so an explicit {@code QUARKUS_OTEL_*} variable still wins.
 */
public final class OtlpSwitch implements ConfigSource {

  public static final String VARIABLE = "ENKAT_OTLP_ENDPOINT";
  public static final String PROPERTY = "enkat.otlp.endpoint";
  static final int ORDINAL = 275;

  private final Map<String, String> properties;

  public OtlpSwitch() {
    this(endpoint());
  }

  OtlpSwitch(String endpoint) {
    this.properties = properties(endpoint);
  }

  static Map<String, String> properties(String endpoint) {
    if (endpoint == null || endpoint.isBlank()) {
      return Map.of();
    }
    return Map.of(
        "quarkus.otel.sdk.disabled", "false",
        "quarkus.otel.exporter.otlp.traces.endpoint", endpoint.trim(),
        "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf");
  }

  private static String endpoint() {
    String property = System.getProperty(PROPERTY);
    return property != null && !property.isBlank() ? property : System.getenv(VARIABLE);
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return "enkat OTLP switch (" + VARIABLE + ")";
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
