package se.enkat.validation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.PoisonMessageException;
import se.enkat.messaging.consumer.EventDecoder;
import se.enkat.validation.Submissions2025;

class EventRequirementsTest {

  @Test
  void decodesSubmissionReceivedAsTheCollectionServiceWritesIt() {
    SubmissionReceived sent =
        Submissions2025.submission(
            "r1", Submissions2025.STOCKHOLM, 3, Submissions2025.validMunicipalityAnswers());

    SubmissionReceived read =
        EventDecoder.decode("e1", EventJson.write(sent), SubmissionReceived.class);

    assertThat(read).isEqualTo(sent);
  }

  @Test
  void ignoresFieldsAddedByANewerProducer() {
    String json =
        "{\"schemaVersion\":2,\"round\":\"r1\",\"organisation\":\"0180\",\"revision\":1,"
            + "\"answers\":{},\"comments\":{},\"submittedAt\":\"2026-01-01T10:00:00+01:00\","
            + "\"channel\":\"web\"}";

    assertThat(EventDecoder.decode("e1", json, SubmissionReceived.class).organisation())
        .isEqualTo("0180");
  }

  @Test
  void refusesDataThatIsNotJson() {
    assertThatThrownBy(() -> EventDecoder.decode("e1", "not json {", SubmissionReceived.class))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("event e1: not a valid SubmissionReceived, data is not JSON");
  }

  @Test
  void refusesJsonThatIsNotAnObject() {
    assertThatThrownBy(() -> EventDecoder.decode("e1", "[1, 2]", SubmissionReceived.class))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("event e1: data is not a JSON object");
  }

  @Test
  void namesEveryMissingRequiredField() {
    assertThatThrownBy(
            () ->
                EventDecoder.decode(
                    "e1", "{\"round\":\"r1\",\"revision\":0}", SubmissionReceived.class))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage(
            "event e1: data lacks required fields organisation, revision, answers, submittedAt");
  }

  @Test
  void refusesCommentsThatAreNotAnObject() {
    String json =
        "{\"round\":\"r1\",\"organisation\":\"0180\",\"revision\":1,"
            + "\"answers\":{},\"comments\":\"see attachment\",\"submittedAt\":\"2026-01-01T10:00:00Z\"}";

    assertThatThrownBy(() -> EventDecoder.decode("e1", json, SubmissionReceived.class))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("event e1: data lacks required fields comments (an object)");
  }

  @Test
  void refusesARoundClosedWithoutItsTime() {
    assertThatThrownBy(() -> EventDecoder.decode("e2", "{\"round\":\"r1\"}", RoundClosed.class))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessage("event e2: data lacks required fields closedAt");
  }

  @Test
  void refusesAFieldOfTheWrongShape() {
    String json =
        "{\"round\":\"r1\",\"organisation\":\"0180\",\"revision\":1,"
            + "\"answers\":{},\"submittedAt\":\"yesterday\"}";

    assertThatThrownBy(() -> EventDecoder.decode("e1", json, SubmissionReceived.class))
        .isInstanceOf(PoisonMessageException.class)
        .hasMessageStartingWith("event e1: data does not match SubmissionReceived");
  }
}
