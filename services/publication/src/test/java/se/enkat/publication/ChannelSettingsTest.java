package se.enkat.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
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
  void roundsAreReadAsGroupPublicationWithPoisonToTheDeadLetterTopic() {
    assertThat(ChannelSettings.of("rounds"))
        .isEqualTo(ChannelSettings.expected("enkat.rounds.v1", "publication"));
  }

  @Test
  void indicatorsAreReadAsGroupPublicationWithPoisonToTheDeadLetterTopic() {
    assertThat(ChannelSettings.of("indicators"))
        .isEqualTo(ChannelSettings.expected("enkat.indicators.v1", "publication"));
  }

  @Test
  void validationsAreReadInBatchesThatNeverFailOverToTheDeadLetterTopic() {
    Map<String, String> expected =
        ChannelSettings.expectedBatch("enkat.validations.v1", "publication");

    assertThat(ChannelSettings.of("validations")).isEqualTo(expected);
    assertThat(
            ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming.validations.max.poll.records", String.class))
        .isEqualTo("500");
  }
}
