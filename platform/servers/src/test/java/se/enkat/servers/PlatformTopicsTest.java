package se.enkat.servers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformTopicsTest {

  @Test
  void everyMainTopicHasAOnePartitionDeadLetterTopic() {
    assertThat(PlatformTopics.ALL).hasSize(12);
    assertThat(PlatformTopics.ALL)
        .contains(
            new TopicSpec("enkat.submissions.v1", 6),
            new TopicSpec("enkat.rounds.v1.dlq", 1),
            new TopicSpec("enkat.reminders.v1", 3),
            new TopicSpec("enkat.reminders.v1.dlq", 1));
  }
}
