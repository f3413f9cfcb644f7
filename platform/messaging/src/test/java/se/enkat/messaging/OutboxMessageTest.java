package se.enkat.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.EventData;
import se.enkat.common.events.IndicatorDefined;
import se.enkat.common.events.IndicatorValuesUpdated;
import se.enkat.common.events.ReleasePublished;
import se.enkat.common.events.ReminderRequested;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.RoundValuesFinal;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.common.events.SubmissionRejected;

/** The envelope the outbox builds from self-describing data, as docs/events.md lists it. */
class OutboxMessageTest {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final OffsetDateTime AT =
      OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.ofHours(1));
  private static final RoundOpened.QuestionnaireRef REF = new RoundOpened.QuestionnaireRef("q", 1);

  @Test
  void everyEventTypeGoesToItsTopicWithItsKeySubjectAndSource() {
    assertEnvelope(
        new RoundOpened(1, "r1", null, REF, JSON.objectNode(), List.of(), null, null),
        "round.opened",
        "enkat.rounds.v1",
        "r1",
        "rounds/r1",
        "/enkat/collection");
    assertEnvelope(
        new RoundClosed(1, "r1", AT, 3),
        "round.closed",
        "enkat.rounds.v1",
        "r1",
        "rounds/r1",
        "/enkat/collection");
    assertEnvelope(
        new SubmissionReceived(1, "r1", "0180", 2, JSON.objectNode(), JSON.objectNode(), AT),
        "submission.received",
        "enkat.submissions.v1",
        "r1/0180",
        "rounds/r1/submissions/0180/revisions/2",
        "/enkat/collection");
    assertEnvelope(
        new ReminderRequested(1, "r1", "0180", "8f3c", 2, AT, "admin"),
        "reminder.requested",
        "enkat.reminders.v1",
        "r1/0180",
        "rounds/r1/reminders/8f3c",
        "/enkat/collection");
    assertEnvelope(
        new SubmissionAccepted(
            1,
            "r1",
            "0180",
            "MUNICIPALITY",
            "01",
            2,
            REF,
            JSON.objectNode(),
            JSON.objectNode(),
            AT,
            AT),
        "submission.accepted",
        "enkat.validations.v1",
        "r1/0180",
        "rounds/r1/submissions/0180/revisions/2",
        "/enkat/validation");
    assertEnvelope(
        new SubmissionRejected(1, "r1", "0180", 2, REF, List.of(), AT, AT),
        "submission.rejected",
        "enkat.validations.v1",
        "r1/0180",
        "rounds/r1/submissions/0180/revisions/2",
        "/enkat/validation");
    assertEnvelope(
        new IndicatorDefined(
            1,
            "r1",
            "plan.exists",
            "DEFAULT",
            null,
            null,
            null,
            "n",
            "d",
            null,
            List.of(),
            List.of(),
            AT),
        "indicator.defined",
        "enkat.indicators.v1",
        "r1",
        "r1/plan.exists",
        "/enkat/indicator");
    assertEnvelope(
        new IndicatorValuesUpdated(2, "r1", "rebuild", AT, List.of(), List.of()),
        "indicator.values.updated",
        "enkat.indicators.v1",
        "r1",
        "r1",
        "/enkat/indicator");
    assertEnvelope(
        new RoundValuesFinal(1, "r1", 3, AT),
        "round.values.final",
        "enkat.indicators.v1",
        "r1",
        "r1",
        "/enkat/indicator");
    assertEnvelope(
        new ReleasePublished(1, "r1", "rel-1", 1, AT, 10, 2),
        "release.published",
        "enkat.releases.v1",
        "r1",
        "releases/rel-1",
        "/enkat/publication");
  }

  @Test
  void theDataIsTheRecordAloneAsTheServicesWroteItBefore() throws Exception {
    // What the services' Quarkus ObjectMapper wrote (ISO dates with their offset, no timestamps).
    ObjectMapper before =
        new ObjectMapper()
            .findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    List<EventData> events =
        List.of(
            new RoundOpened(
                1,
                "r1",
                JSON.objectNode().put("sv", "Runda"),
                REF,
                JSON.objectNode().put("id", "q"),
                List.of(new RoundOpened.InvitedOrganisation("0180", "Stockholm", "M", "01")),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 4, 30)),
            new IndicatorValuesUpdated(
                2,
                "r1",
                "rebuild",
                AT,
                List.of(
                    new IndicatorValuesUpdated.Cell(
                        "i", "national", null, null, null, null, 1, 3, new BigDecimal("33.3"))),
                List.of(
                    new IndicatorValuesUpdated.Organisation(
                        "0180", "M", "01", Map.of("i", Map.of("", new long[] {1, 1}))))));
    for (EventData event : events) {
      assertThat(OutboxMessage.of(event).data()).isEqualTo(before.writeValueAsString(event));
    }
    assertThat(OutboxMessage.of(new RoundClosed(1, "r1", AT, 3)).data())
        .isEqualTo(
            "{\"schemaVersion\":1,\"round\":\"r1\",\"closedAt\":\"2026-03-01T10:00:00+01:00\","
                + "\"revisionsReceived\":3}");
  }

  @Test
  void everyMessageHasItsOwnIdAndTheTimeItWasBuilt() {
    OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC);
    OutboxMessage one = OutboxMessage.of(new RoundClosed(1, "r1", AT, 3));
    OutboxMessage two = OutboxMessage.of(new RoundClosed(1, "r1", AT, 3));

    assertThat(one.id()).isNotEqualTo(two.id());
    assertThat(one.time()).isAfterOrEqualTo(start);
    assertThat(one.time().getOffset()).isEqualTo(ZoneOffset.UTC);
  }

  private static void assertEnvelope(
      EventData data, String type, String topic, String key, String subject, String source) {
    OutboxMessage message = OutboxMessage.of(data);
    assertThat(message.type()).isEqualTo(type);
    assertThat(message.topic()).isEqualTo(topic);
    assertThat(message.key()).isEqualTo(key);
    assertThat(message.subject()).isEqualTo(subject);
    assertThat(message.source()).isEqualTo(source);
    assertThat(message.data()).doesNotContain("\"address\"").doesNotContain("\"subject\"");
  }
}
