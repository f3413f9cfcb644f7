package se.enkat.validation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.Topics;
import se.enkat.messaging.OutboxMessage;
import se.enkat.questionnaire.eval.ViolationCode;
import se.enkat.testing.EventSchemas;
import se.enkat.validation.Submissions2025;
import se.enkat.validation.domain.Judge;
import se.enkat.validation.domain.RoundContext;
import se.enkat.validation.domain.RoundContexts;
import se.enkat.validation.domain.RoundContexts.AnnouncedMember;

class ValidationEventsSchemaTest {

  private static final RoundContext ROUND;

  static {
    var opened = Submissions2025.roundOpened("r2025");
    ROUND =
        RoundContexts.build(
            opened.round(),
            opened.questionnaireRef(),
            opened.questionnaire(),
            opened.population().stream()
                .map(m -> new AnnouncedMember(m.code(), m.type(), m.county()))
                .toList());
  }

  private static OutboxMessage event(String organisation, ObjectNode answers) {
    var submission = Submissions2025.submission("r2025", organisation, 2, answers);
    return ValidationEvents.of(
        Judge.judge(ROUND, submission), ROUND.questionnaireRef(), submission.comments());
  }

  private static JsonNode data(OutboxMessage message) throws Exception {
    return EventJson.mapper().readTree(message.data());
  }

  @Test
  void anAcceptedSubmissionIsWrittenAsSchemaValidSubmissionAccepted() throws Exception {
    OutboxMessage message =
        event(Submissions2025.STOCKHOLM, Submissions2025.validMunicipalityAnswers());

    assertThat(message.type()).isEqualTo(EventTypes.SUBMISSION_ACCEPTED);
    assertThat(message.topic()).isEqualTo(Topics.VALIDATIONS);
    assertThat(message.key()).isEqualTo("r2025/0180");
    assertThat(message.source()).isEqualTo("/enkat/validation");
    JsonNode data = data(message);
    assertThat(EventSchemas.violations("submission.accepted", data)).isEmpty();
    assertThat(data.path("organisationType").asText()).isEqualTo("MUNICIPALITY");
    assertThat(data.path("county").asText()).isEqualTo("01");
    assertThat(data.path("revision").asInt()).isEqualTo(2);
    assertThat(data.path("questionnaire").path("id").asText()).isEqualTo("patientsakerhet-2025");
    assertThat(data.path("answers").path("plan.level").asText()).isEqualTo("political");
    assertThat(data.path("comments").path("plan.exists").asText())
        .isEqualTo("Beslutad av regionfullmäktige 2024.");
  }

  @Test
  void aRejectedSubmissionIsWrittenAsSchemaValidSubmissionRejected() throws Exception {
    OutboxMessage message =
        event(Submissions2025.STOCKHOLM, Submissions2025.missingRequiredFollowUp());

    assertThat(message.type()).isEqualTo(EventTypes.SUBMISSION_REJECTED);
    JsonNode data = data(message);
    assertThat(EventSchemas.violations("submission.rejected", data)).isEmpty();
    assertThat(data.path("violations").path(0).path("code").asText()).isEqualTo("required");
  }

  @Test
  void aNotInvitedRejectionIsSchemaValid() throws Exception {
    OutboxMessage message = event("9999", Submissions2025.validMunicipalityAnswers());

    assertThat(EventSchemas.violations("submission.rejected", data(message))).isEmpty();
  }

  @Test
  void theSchemasRefuseWhatConsumersCouldNotUse() throws Exception {
    ObjectNode accepted =
        (ObjectNode)
            data(event(Submissions2025.KIRUNA, Submissions2025.validMunicipalityAnswers()));
    accepted.remove("answers");
    ObjectNode rejected =
        (ObjectNode) data(event(Submissions2025.KIRUNA, Submissions2025.wrongType()));
    rejected.putArray("violations");

    assertThat(EventSchemas.violations("submission.accepted", accepted)).isNotEmpty();
    assertThat(EventSchemas.violations("submission.rejected", rejected)).isNotEmpty();
  }

  @Test
  void theRejectedSchemaKnowsEveryViolationCodeTheRuleEngineProduces() {
    List<String> codes = new ArrayList<>();
    EventSchemas.schemaJson("submission.rejected")
        .path("$defs")
        .path("violation")
        .path("properties")
        .path("code")
        .path("enum")
        .forEach(code -> codes.add(code.asText()));

    assertThat(codes)
        .containsAll(Arrays.stream(ViolationCode.values()).map(ViolationCode::code).toList())
        .contains(Judge.NOT_INVITED);
  }
}
