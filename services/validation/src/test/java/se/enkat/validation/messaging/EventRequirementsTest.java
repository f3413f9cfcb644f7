package se.enkat.validation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.PoisonMessageException;
import se.enkat.validation.Submissions2025;

class EventRequirementsTest {

  @Test
  void decodesSubmissionReceivedAsTheCollectionServiceWritesIt() {
    SubmissionReceived sent =
        Submissions2025.submission(
            "r1", Submissions2025.STOCKHOLM, 3, Submissions2025.validMunicipalityAnswers());

    SubmissionReceived read = EventRequirements.submissionReceived("e1", EventJson.write(sent));

    assertThat(read).isEqualTo(sent);
  }

  @Test
  void ignoresFieldsAddedByANewerProducer() {
    String json =
        "{\"schemaVersion\":2,\"round\":\"r1\",\"organisation\":\"0180\",\"revision\":1,"
            + "\"answers\":{},\"comments\":{},\"submittedAt\":\"2026-01-01T10:00:00+01:00\","
            + "\"channel\":\"web\"}";

    assertThat(EventRequirements.submissionReceived("e1", json).organisation()).isEqualTo("0180");
  }

  @Test
  void refusesDataThatIsNotJson() {
    assertThatThrownBy(() -> EventRequirements.submissionReceived("e1", "not json {"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("event e1: data is not JSON");
  }

  @Test
  void refusesJsonThatIsNotAnObject() {
    assertThatThrownBy(() -> EventRequirements.submissionReceived("e1", "[1, 2]"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("event e1: data is not a JSON object");
  }

  @Test
  void namesEveryMissingRequiredField() {
    assertThatThrownBy(
            () -> EventRequirements.submissionReceived("e1", "{\"round\":\"r1\",\"revision\":0}"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage(
            "event e1: data lacks required fields organisation, revision, answers, submittedAt");
  }

  @Test
  void refusesCommentsThatAreNotAnObject() {
    String json =
        "{\"round\":\"r1\",\"organisation\":\"0180\",\"revision\":1,"
            + "\"answers\":{},\"comments\":\"see attachment\",\"submittedAt\":\"2026-01-01T10:00:00Z\"}";

    assertThatThrownBy(() -> EventRequirements.submissionReceived("e1", json))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("event e1: data lacks required fields comments (an object)");
  }

  @Test
  void refusesARoundClosedWithoutItsTime() {
    assertThatThrownBy(() -> EventRequirements.roundClosed("e2", "{\"round\":\"r1\"}"))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("event e2: data lacks required fields closedAt");
  }

  @Test
  void refusesAFieldOfTheWrongShape() {
    String json =
        "{\"round\":\"r1\",\"organisation\":\"0180\",\"revision\":1,"
            + "\"answers\":{},\"submittedAt\":\"yesterday\"}";

    assertThatThrownBy(() -> EventRequirements.submissionReceived("e1", json))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageStartingWith("event e1: data does not match SubmissionReceived");
  }
}
