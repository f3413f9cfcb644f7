package se.enkat.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
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
  void submissionsAreReadAsGroupValidationWithPoisonToTheDeadLetterTopic() {
    assertThat(ChannelSettings.of("submissions"))
        .isEqualTo(ChannelSettings.expected("enkat.submissions.v1", "validation"));
  }

  @Test
  void roundsAreReadAsGroupValidationWithPoisonToTheDeadLetterTopic() {
    assertThat(ChannelSettings.of("rounds"))
        .isEqualTo(ChannelSettings.expected("enkat.rounds.v1", "validation"));
  }
}
