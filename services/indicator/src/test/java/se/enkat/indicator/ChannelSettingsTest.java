package se.enkat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.enkat.testing.ChannelSettings;

/**
 * The service's Kafka channels, as the running application resolves them, carry the settings they
 * always had: the shared ones come from platform/messaging's connector-level defaults, the topic,
 * group and dead-letter topic from this service's application.properties.
 */
@QuarkusTest
class ChannelSettingsTest {

  @Test
  void roundsAreReadAsGroupIndicatorWithPoisonToTheDeadLetterTopic() {
    assertThat(ChannelSettings.of("rounds"))
        .isEqualTo(ChannelSettings.expected("enkat.rounds.v1", "indicator"));
  }

  @Test
  void validationsAreReadInBatchesThatNeverFailOverToTheDeadLetterTopic() {
    Map<String, String> expected =
        ChannelSettings.expectedBatch("enkat.validations.v1", "indicator");

    assertThat(ChannelSettings.of("validations")).isEqualTo(expected);
  }
}
