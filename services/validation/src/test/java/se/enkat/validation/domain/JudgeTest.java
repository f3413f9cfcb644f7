package se.enkat.validation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.SubmissionRejected.Violation;
import se.enkat.validation.Submissions2025;
import se.enkat.validation.domain.RoundContexts.AnnouncedMember;

class JudgeTest {

  private static final RoundContext ROUND = context(Submissions2025.roundOpened("r2025"));

  static RoundContext context(RoundOpened opened) {
    return RoundContexts.build(
        opened.round(),
        opened.questionnaireRef(),
        opened.questionnaire(),
        opened.population().stream()
            .map(m -> new AnnouncedMember(m.code(), m.type(), m.county()))
            .toList());
  }

  private static Judgement judge(String organisation, ObjectNode answers) {
    return Judge.judge(ROUND, Submissions2025.submission("r2025", organisation, 1, answers));
  }

  @Test
  void validAnswersAreAcceptedWithTypedAnswersAndTheMembersTypeAndCounty() {
    Judgement verdict =
        judge(Submissions2025.STOCKHOLM, Submissions2025.validMunicipalityAnswers());

    assertThat(verdict.violations()).isEmpty();
    assertThat(verdict.status()).isEqualTo("ACCEPTED");
    assertThat(verdict.answers()).containsEntry("plan.level", "political").hasSize(29);
    assertThat(verdict.member().type().name()).isEqualTo("MUNICIPALITY");
    assertThat(verdict.member().county()).isEqualTo("01");
  }

  @Test
  void aHiddenFollowUpThatIsAnsweredIsNotRelevant() {
    Judgement verdict = judge(Submissions2025.STOCKHOLM, Submissions2025.hiddenButAnswered());

    assertThat(verdict.violations())
        .extracting(Violation::question, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "hygiene.documented.management_system", "not_relevant"));
    assertThat(verdict.answers()).isEmpty();
  }

  @Test
  void aNumberForAYesNoQuestionIsTheWrongType() {
    Judgement verdict = judge(Submissions2025.STOCKHOLM, Submissions2025.wrongType());

    assertThat(verdict.violations())
        .extracting(Violation::question, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("risk.staff_survey", "wrong_type"));
  }

  @Test
  void aMissingFollowUpOfAYesIsRequired() {
    Judgement verdict = judge(Submissions2025.STOCKHOLM, Submissions2025.missingRequiredFollowUp());

    assertThat(verdict.violations())
        .extracting(Violation::question, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("plan.level", "required"));
  }

  @Test
  void aRegionAnsweringAMunicipalityOnlyQuestionBreaksTheRules() {
    Judgement verdict =
        judge(Submissions2025.REGION_SORMLAND, Submissions2025.validMunicipalityAnswers());

    assertThat(verdict.violations())
        .extracting(Violation::question, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("plan.psb", "not_applicable"));
  }

  @Test
  void anOrganisationOutsideThePopulationIsRejectedAsNotInvited() {
    Judgement verdict = judge("1480", Submissions2025.validMunicipalityAnswers());

    assertThat(verdict.violations())
        .containsExactly(
            new Violation("$", "not_invited", "organisation 1480 is not invited to this round"));
    assertThat(verdict.member()).isNull();
  }

  @Test
  void aRoundWithAnUnknownOrganisationTypeCannotBeUsed() {
    assertThatThrownBy(
            () ->
                RoundContexts.build(
                    "r",
                    ROUND.questionnaireRef(),
                    Submissions2025.roundOpened("r").questionnaire(),
                    List.of(new AnnouncedMember("0180", "COUNTY_COUNCIL", "01"))))
        .isInstanceOf(InvalidRoundException.class)
        .hasMessageContaining("unknown type COUNTY_COUNCIL");
  }

  @Test
  void aRoundWhoseQuestionnaireDoesNotCompileCannotBeUsed() {
    ObjectNode broken = Submissions2025.roundOpened("r").questionnaire().deepCopy();
    ((ObjectNode) broken.path("sections").path(0).path("questions").path(1))
        .put("relevant", "answers['nowhere'] ==");

    assertThatThrownBy(() -> RoundContexts.build("r", ROUND.questionnaireRef(), broken, List.of()))
        .isInstanceOf(InvalidRoundException.class)
        .hasMessageContaining("does not compile");
  }
}
