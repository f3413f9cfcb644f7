package se.enkat.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.eval.ViolationCode;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.QuestionType;

/**
 * Turns final answers into what a respondent does: about a third save a draft first, about one in
 * six revises (submits a valid set, then the final one), and a few submit something invalid first,
 * are rejected, and fix it.
 */
final class StepPlanner {

  private final Questions questions;
  private final long seed;

  StepPlanner(Questions questions, long seed) {
    this.questions = questions;
    this.seed = seed;
  }

  RespondentScript script(Organisation organisation, Map<String, Object> answers) {
    Random random = new Random(seed ^ organisation.code().hashCode() * 7919L);
    int roll = random.nextInt(10);
    Map<String, String> comments = new LinkedHashMap<>();
    if (random.nextInt(8) == 0) {
      comments.put("plan.exists", "Handlingsplanen revideras under året.");
    }
    List<Step> steps = new ArrayList<>();
    if (roll <= 2 || roll == 4) {
      steps.add(new Step(Step.Kind.DRAFT, firstHalf(answers), Map.of(), null, "draft"));
    }
    if (roll == 3 || roll == 4) {
      steps.add(
          new Step(
              Step.Kind.SUBMIT, earlierVersion(organisation, answers), comments, null, "revised"));
    }
    steps.add(new Step(Step.Kind.SUBMIT, answers, comments, null, "final"));
    return new RespondentScript(organisation, answers, comments, List.copyOf(steps));
  }

  /** Up to five respondents first submit something invalid, each a different mistake. */
  void addInvalidFirst(List<RespondentScript> scripts) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < scripts.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed + 5));
    for (Mistake mistake : mistakes()) {
      for (int i : order) {
        RespondentScript script = scripts.get(i);
        if (!script.submitsInvalidFirst() && mistake.fits().test(script)) {
          scripts.set(i, withInvalidFirst(script, mistake));
          break;
        }
      }
    }
  }

  private static RespondentScript withInvalidFirst(RespondentScript script, Mistake mistake) {
    Map<String, Object> wrong = mistake.apply().apply(new LinkedHashMap<>(script.finalAnswers()));
    List<Step> steps = new ArrayList<>(script.steps());
    int firstSubmit = 0;
    while (steps.get(firstSubmit).kind() != Step.Kind.SUBMIT) {
      firstSubmit++;
    }
    steps.add(
        firstSubmit,
        new Step(Step.Kind.SUBMIT, wrong, script.comments(), mistake.code(), mistake.why()));
    return new RespondentScript(
        script.organisation(), script.finalAnswers(), script.comments(), List.copyOf(steps));
  }

  /** A mistake a respondent can make, when it fits the respondent's final answers. */
  private record Mistake(
      ViolationCode code,
      String why,
      Predicate<RespondentScript> fits,
      UnaryOperator<Map<String, Object>> apply) {}

  private static List<Mistake> mistakes() {
    return List.of(
        new Mistake(
            ViolationCode.NOT_RELEVANT,
            "answers plan.level although plan.exists is not yes",
            s -> !"yes".equals(s.finalAnswers().get("plan.exists")),
            a -> put(a, "plan.level", "political")),
        new Mistake(
            ViolationCode.WRONG_TYPE,
            "answers risk.rapid_change with a number",
            s -> true,
            a -> put(a, "risk.rapid_change", 42)),
        new Mistake(
            ViolationCode.REQUIRED,
            "leaves out the required follow-up training.intro.licensed.documented",
            s -> "yes".equals(s.finalAnswers().get("training.intro.licensed")),
            a -> {
              a.remove("training.intro.licensed.documented");
              a.remove("training.intro.licensed.management_system");
              return a;
            }),
        new Mistake(
            ViolationCode.NOT_A_CHOICE,
            "answers plan.level with a value that is not a choice",
            s -> "yes".equals(s.finalAnswers().get("plan.exists")),
            a -> put(a, "plan.level", "mayor")),
        new Mistake(
            ViolationCode.NOT_APPLICABLE,
            "a region answers plan.psb, which is put to municipalities only",
            s ->
                s.organisation().type() == OrganisationType.REGION
                    && "yes".equals(s.finalAnswers().get("plan.exists")),
            a -> put(a, "plan.psb", "yes")));
  }

  private static Map<String, Object> put(Map<String, Object> answers, String id, Object value) {
    answers.put(id, value);
    return answers;
  }

  private static Map<String, Object> firstHalf(Map<String, Object> answers) {
    Map<String, Object> half = new LinkedHashMap<>();
    int limit = answers.size() / 2;
    for (Map.Entry<String, Object> answer : answers.entrySet()) {
      if (half.size() == limit) {
        break;
      }
      half.put(answer.getKey(), answer.getValue());
    }
    return half;
  }

  /** The final answers with two stand-alone yes/no answers changed: valid, and not final. */
  private Map<String, Object> earlierVersion(
      Organisation organisation, Map<String, Object> answers) {
    Map<String, Object> earlier = new LinkedHashMap<>(answers);
    int changed = 0;
    for (Question question : questions.forType(organisation.type())) {
      if (changed == 2) {
        break;
      }
      boolean standAlone =
          question.questionType().orElseThrow() == QuestionType.YES_NO_DONTKNOW
              && questions.parent(question.id()) == null
              && questions.followUps(question.id()).isEmpty();
      if (standAlone) {
        earlier.put(question.id(), "yes".equals(answers.get(question.id())) ? "no" : "yes");
        changed++;
      }
    }
    return earlier;
  }
}
