package se.enkat.collection;

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
  void verdictsAreReadInBatchesThatNeverFailOverToTheDeadLetterTopic() {
    Map<String, String> expected =
        ChannelSettings.expectedBatch("enkat.validations.v1", "collection");

    assertThat(ChannelSettings.of("verdicts")).isEqualTo(expected);
    assertThat(
            ConfigProvider.getConfig()
                .getValue("mp.messaging.incoming.verdicts.max.poll.records", String.class))
        .isEqualTo("500");
  }

  @Test
  void remindersAreReadAsTheirOwnGroupWithPoisonToTheDeadLetterTopic() {
    assertThat(ChannelSettings.of("reminders"))
        .isEqualTo(ChannelSettings.expected("enkat.reminders.v1", "collection-reminders"));
  }
}
