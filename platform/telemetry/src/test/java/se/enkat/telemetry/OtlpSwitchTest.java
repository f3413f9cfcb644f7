package se.enkat.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OtlpSwitchTest {

  @Test
  void withoutAnEndpointItSaysNothingSoTheSdkStaysDisabled() {
    assertThat(new OtlpSwitch(null).getPropertyNames()).isEmpty();
    assertThat(new OtlpSwitch("  ").getValue("quarkus.otel.sdk.disabled")).isNull();
  }

  @Test
  void anEndpointEnablesTheSdkAndExportsThereOverHttp() {
    OtlpSwitch on = new OtlpSwitch(" http://collector:4318 ");
    assertThat(on.getValue("quarkus.otel.sdk.disabled")).isEqualTo("false");
    assertThat(on.getValue("quarkus.otel.exporter.otlp.traces.endpoint"))
        .isEqualTo("http://collector:4318");
    assertThat(on.getValue("quarkus.otel.exporter.otlp.traces.protocol"))
        .isEqualTo("http/protobuf");
    // above application.properties (250), below environment variables (300)
    assertThat(on.getOrdinal()).isBetween(251, 299);
  }
}
