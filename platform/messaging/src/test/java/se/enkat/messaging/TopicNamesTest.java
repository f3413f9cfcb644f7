package se.enkat.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicNamesTest {

  @Test
  void everyTopicAndItsDeadLetterTopicHasAShortName() {
    TopicNames names = new TopicNames();

    assertThat(names.getValue("enkat.topics.rounds")).isEqualTo("enkat.rounds.v1");
    assertThat(names.getValue("enkat.topics.validations.dlq"))
        .isEqualTo("enkat.validations.v1.dlq");
    assertThat(names.getValue("enkat.topics.reminders")).isEqualTo("enkat.reminders.v1");
    assertThat(names.getPropertyNames()).hasSize(12);
  }
}
