package se.enkat.collection.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.EventJson;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.OutboxMessage;

/**
 * The event a submit stores is the one the service would have written with the revision's number:
 * the split around the number never lands inside the answers, even where they hold the same text.
 */
class RevisionEventTest {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 2, 9, 30, 0, 0, ZoneOffset.UTC);

  @Test
  void theNumberTheDatabaseGivesCompletesTheSubjectAndPayloadOfThatRevision() throws Exception {
    JsonNode answers =
        EventJson.mapper()
            .readTree("{\"q1\":\"ja\",\"revision\":2147483647,\"x\":{\"revision\":2147483647}}");
    JsonNode comments = EventJson.mapper().readTree("{\"q1\":\"\\\"revision\\\":2147483647\"}");

    RevisionEvent event = RevisionEvent.of("2026-ledning", "0180", answers, comments, AT);

    SubmissionReceived third =
        new SubmissionReceived(
            SubmissionReceived.SCHEMA_VERSION, "2026-ledning", "0180", 3, answers, comments, AT);
    OutboxMessage expected = OutboxMessage.of(third);
    assertEquals(expected.subject(), event.subject(3));
    assertEquals(expected.data(), event.payload(3));
    assertEquals(third, EventJson.mapper().readValue(event.payload(3), SubmissionReceived.class));
    assertEquals(expected.topic(), event.message().topic());
    assertEquals(expected.key(), event.message().key());
    assertEquals(expected.type(), event.message().type());
  }

  @Test
  void aRoundIdThatLooksLikeTheFieldDoesNotMoveTheSplit() {
    RevisionEvent event =
        RevisionEvent.of(
            "\"revision\":2147483647",
            "0180",
            EventJson.mapper().createObjectNode(),
            EventJson.mapper().createObjectNode(),
            AT);

    assertEquals(
        OutboxMessage.of(
                new SubmissionReceived(
                    SubmissionReceived.SCHEMA_VERSION,
                    "\"revision\":2147483647",
                    "0180",
                    12,
                    EventJson.mapper().createObjectNode(),
                    EventJson.mapper().createObjectNode(),
                    AT))
            .data(),
        event.payload(12));
  }
}
