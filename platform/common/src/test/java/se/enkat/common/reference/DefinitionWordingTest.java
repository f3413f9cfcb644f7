package se.enkat.common.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.enkat.common.reference.DefinitionWording.QuestionText;

class DefinitionWordingTest {

  private static final Map<String, QuestionText> QUESTIONS =
      Map.of(
          "plan.exists",
          new QuestionText(
              new Text("Har vårdgivaren en handlingsplan?", "Does the care provider have a plan?"),
              "yes_no_dontknow"),
          "plan.level",
          new QuestionText(new Text("Beslut fattat på ...", "Decided at ..."), "single_choice"));

  @Test
  void aDefaultShareSaysYesAmongThoseThatAnsweredTheQuestion() {
    Text text = DefinitionWording.of("DEFAULT", null, false, List.of("plan.exists"), QUESTIONS);

    assertThat(text.sv())
        .isEqualTo(
            "Andelen som svarat ja på frågan ”Har vårdgivaren en handlingsplan?”, bland dem som"
                + " besvarat frågan (”vet inte” räknas i nämnaren).");
    assertThat(text.en())
        .startsWith("The share that answered yes to the question “Does the care provider have")
        .contains("among those that answered it");
  }

  @Test
  void aDistributionNamesItsChoices() {
    Text text = DefinitionWording.of("DEFAULT", null, true, List.of("plan.level"), QUESTIONS);

    assertThat(text.sv()).startsWith("Fördelningen av svaren på frågan ”Beslut fattat på ...”");
    assertThat(text.en()).contains("the share that chose each of the choices");
  }

  @Test
  void aCustomIndicatorsDescriptionIsItsDefinition() {
    Text description = new Text("Egen text", "Own text");

    assertThat(
            DefinitionWording.of("CUSTOM", description, false, List.of("plan.exists"), QUESTIONS))
        .isEqualTo(description);
  }

  @Test
  void aCustomIndicatorWithoutDescriptionIsWordedFromItsQuestions() {
    Text text =
        DefinitionWording.of(
            "CUSTOM", null, false, List.of("plan.exists", "gone.question"), QUESTIONS);

    assertThat(text.sv())
        .contains("bland dem som uppfyller nämnarens villkor")
        .contains("”Har vårdgivaren en handlingsplan?”; ”gone.question”");
    assertThat(text.en()).contains("“Does the care provider have a plan?”; “gone.question”");
  }

  @Test
  void oneQuestionIsWordedInTheSingularSeveralInThePlural() {
    Text one = DefinitionWording.of("CUSTOM", null, false, List.of("plan.exists"), QUESTIONS);
    Text two =
        DefinitionWording.of(
            "CUSTOM", null, false, List.of("plan.exists", "plan.level"), QUESTIONS);

    assertThat(one.sv()).contains("räknat ur svaren på frågan ”Har vårdgivaren");
    assertThat(two.sv()).contains("räknat ur svaren på frågorna ”Har vårdgivaren");
  }

  @Test
  void everyCountyHasANameAndEveryFocusAreaIsFound() {
    assertThat(Counties.ALL).hasSize(21);
    assertThat(Counties.name("23")).isEqualTo("Jämtlands län");
    assertThat(Counties.name("99")).isNull();
    assertThat(FocusAreas.ALL).hasSize(5);
    assertThat(FocusAreas.find("shared-forums-in-care-chains")).isPresent();
    assertThat(FocusAreas.find("no-such-area")).isEmpty();
  }
}
