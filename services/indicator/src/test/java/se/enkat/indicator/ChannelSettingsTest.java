package se.enkat.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.TreeMap;
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
        new TreeMap<>(ChannelSettings.expected("enkat.validations.v1", "indicator"));
    // a batch channel: the consumer dead-letters poison itself (DeadLetters); the channel
    // has no dead-letter queue of its own, so the shared DLQ settings are never used
    expected.put("batch", "true");
    expected.put("failure-strategy", "fail");
    expected.put("dead-letter-queue.topic", "(none)");

    assertThat(ChannelSettings.of("validations")).isEqualTo(expected);
  }
}
