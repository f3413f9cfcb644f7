package se.enkat.validation;

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
  void submissionsAreReadInBatchesThatNeverFailOverToTheDeadLetterTopic() {
    Map<String, String> expected =
        ChannelSettings.expectedBatch("enkat.submissions.v1", "validation");

    assertThat(ChannelSettings.of("submissions")).isEqualTo(expected);
    assertThat(
            ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming.submissions.max.poll.records", String.class))
        .isEqualTo("500");
  }

  @Test
  void roundsAreReadAsGroupValidationWithPoisonToTheDeadLetterTopic() {
    assertThat(ChannelSettings.of("rounds"))
        .isEqualTo(ChannelSettings.expected("enkat.rounds.v1", "validation"));
  }
}
