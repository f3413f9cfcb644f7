package se.enkat.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.model.LocalizedText;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;
import se.enkat.questionnaire.model.Section;
import se.enkat.questionnaire.model.SeriesLink;

/**
 * The year before: the 2024 questionnaire (the 2025 one with {@link #REWORDED} in its older
 * wording), the 2025 questionnaire as the demo uploads it (version 2: the same questions, with the
 * series mapping that marks the rewording as a break), and 2024's answers: the same organisations,
 * some answers different (fewer yes to the development indicators' questions, a few more no).
 */
final class PreviousYear {

  /** The question reworded between 2024 and 2025. */
  static final String REWORDED = "risk.rapid_change";

  private static final LocalizedText WORDING_2024 =
      new LocalizedText(
          "Har vårdgivaren dokumenterade rutiner för hur verksamheten ska ställas om när"
              + " förutsättningarna ändras?",
          "Does the care provider have documented routines for how care is reorganised when"
              + " conditions change?");
  private static final LocalizedText BREAK_NOTE =
      new LocalizedText(
          "Frågan omformulerades 2025 (från ”ställas om när förutsättningarna ändras” till"
              + " ”anpassning till hastigt skiftande förutsättningar”): 2025 jämförs inte med 2024.",
          "The question was reworded in 2025 (from \"reorganised when conditions change\" to"
              + " \"adaptation to rapidly changing conditions\"): 2025 is not compared with 2024.");

  private PreviousYear() {}

  /** The 2024 questionnaire: id {@code patientsakerhet-2024}, the older wording of REWORDED. */
  static Questionnaire questionnaire2024() {
    Questionnaire q = Questionnaires.patientsakerhet2025();
    return new Questionnaire(
        "patientsakerhet-2024",
        1,
        new LocalizedText(
            "Uppföljning av vårdgivarens systematiska patientsäkerhetsarbete 2024",
            "Follow-up of care providers' systematic patient-safety work 2024"),
        sections(q, WORDING_2024, null));
  }

  /** The 2025 questionnaire as version 2: the same questions, REWORDED mapped with a break. */
  static Questionnaire questionnaire2025() {
    Questionnaire q = Questionnaires.patientsakerhet2025();
    return new Questionnaire(
        q.id(),
        q.version() + 1,
        q.title(),
        sections(q, null, new SeriesLink(null, true, BREAK_NOTE)));
  }

  private static List<Section> sections(Questionnaire q, LocalizedText text, SeriesLink series) {
    List<Section> sections = new ArrayList<>();
    for (Section section : q.sectionsOrEmpty()) {
      List<Question> questions = new ArrayList<>();
      for (Question x : section.questionsOrEmpty()) {
        questions.add(
            x.id().equals(REWORDED)
                ? new Question(
                    x.id(),
                    text == null ? x.text() : text,
                    x.type(),
                    x.choices(),
                    x.relevant(),
                    x.required(),
                    x.constraint(),
                    x.constraintMessage(),
                    x.appliesTo(),
                    x.min(),
                    x.max(),
                    x.maxLength(),
                    series)
                : x);
      }
      sections.add(new Section(section.id(), section.title(), questions));
    }
    return sections;
  }

  /**
   * 2024's answers from 2025's: per development-indicator question, about one in five of those who
   * say yes in 2025 said no in 2024 (their follow-ups then unasked), and about one in twelve of
   * those who say no said yes where the question has no follow-ups.
   */
  static Map<String, Object> answers2024(
      Questions questions, String organisation, Map<String, Object> answers2025, long seed) {
    Random random = new Random(seed ^ organisation.hashCode() * 31L);
    Map<String, Object> earlier = new LinkedHashMap<>(answers2025);
    for (DevelopmentIndicators.Definition d : DevelopmentIndicators.ALL) {
      String first = d.chain().get(0);
      Object answer = earlier.get(first);
      if ("yes".equals(answer) && random.nextInt(5) == 0) {
        earlier.put(first, "no");
        dropFollowUps(questions, first, earlier);
      } else if ("no".equals(answer)
          && questions.followUps(first).isEmpty()
          && random.nextInt(12) == 0) {
        earlier.put(first, "yes");
      }
    }
    return earlier;
  }

  /**
   * 2024's plan: the organisations that answer in 2025 answer in 2024 too, each submitting its 2024
   * answers once; the same ones stay silent.
   */
  static DemoPlan plan2024(DemoPlan plan2025, Questionnaire questionnaire2024) {
    Questions questions = new Questions(questionnaire2024);
    List<RespondentScript> scripts = new ArrayList<>();
    for (RespondentScript script : plan2025.respondents()) {
      Map<String, Object> answers =
          answers2024(
              questions, script.organisation().code(), script.finalAnswers(), plan2025.seed());
      scripts.add(
          new RespondentScript(
              script.organisation(),
              answers,
              Map.of(),
              List.of(new Step(Step.Kind.SUBMIT, answers, Map.of(), null, "final"))));
    }
    return new DemoPlan(
        plan2025.seed(), plan2025.invited(), plan2025.silent(), scripts, plan2025.targets());
  }

  private static void dropFollowUps(Questions questions, String id, Map<String, Object> answers) {
    for (String child : questions.followUps(id)) {
      answers.remove(child);
      dropFollowUps(questions, child, answers);
    }
  }
}
