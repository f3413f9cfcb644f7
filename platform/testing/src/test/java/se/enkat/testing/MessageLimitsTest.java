package se.enkat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.enkat.common.events.Topics;
import se.enkat.servers.PlatformTopics;

/** The broker and topics take every record the producers may send (docs/reliability.md). */
class MessageLimitsTest {

  private static final int MAX_REQUEST_BODY = 1024 * 1024;

  @Test
  void theStacksKafkaLimitsEqualTheProducersAndLeaveRoomForTheLargestBody() {
    assertThat(PlatformTopics.MAX_MESSAGE_BYTES).isEqualTo(Topics.MAX_MESSAGE_BYTES);
    assertThat(Topics.MAX_MESSAGE_BYTES).isGreaterThanOrEqualTo(2 * MAX_REQUEST_BODY);
  }
}
