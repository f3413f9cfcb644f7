package se.enkat.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.QuestionType;

/**
 * Final answer sets for the respondents of one type that meet the targets exactly: for each
 * question, a seeded shuffle of the respondents it is put to picks who says "yes"; the others say
 * "no" or, now and then, "don't know". Follow-ups go to exactly those whose parent answer is "yes".
 */
final class AnswerGenerator {

  private static final List<String> TEXTS =
      List.of(
          "Patientenkäter och synpunktshantering.",
          "Brukarråd och dialog med patientföreningar.",
          "Avvikelsehantering och markörbaserad journalgranskning (MJG).",
          "Samverkansforum på strategisk, operativ och lokal nivå.",
          "Synpunkter samlas in vid utskrivning och i uppföljningssamtal.");

  private final Questions questions;
  private final long seed;

  AnswerGenerator(Questions questions, long seed) {
    this.questions = questions;
    this.seed = seed;
  }

  /** Answers per organisation code, in the order of the given respondents. */
  Map<String, Map<String, Object>> generate(List<Organisation> respondents, GroupTargets targets) {
    List<Map<String, Object>> answers = new ArrayList<>();
    respondents.forEach(r -> answers.add(new LinkedHashMap<>()));
    for (Question question : questions.forType(targets.type())) {
      List<Integer> eligible = eligible(question, answers);
      Random random = new Random(seed * 1_000_003L + question.id().hashCode());
      Collections.shuffle(eligible, random);
      QuestionType type = question.questionType().orElseThrow();
      switch (type) {
        case YES_NO_DONTKNOW ->
            yesNo(question.id(), eligible, targets.yes().get(question.id()), answers, random);
        case SINGLE_CHOICE -> choices(question.id(), eligible, targets.levels(), answers);
        case TEXT -> texts(question.id(), eligible, answers, random);
        default ->
            throw new IllegalStateException("the demo has no answers for a " + type + " question");
      }
    }
    Map<String, Map<String, Object>> byCode = new LinkedHashMap<>();
    for (int i = 0; i < respondents.size(); i++) {
      byCode.put(respondents.get(i).code(), answers.get(i));
    }
    return byCode;
  }

  private List<Integer> eligible(Question question, List<Map<String, Object>> answers) {
    String parent = questions.parent(question.id());
    List<Integer> eligible = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      if (parent == null || "yes".equals(answers.get(i).get(parent))) {
        eligible.add(i);
      }
    }
    return eligible;
  }

  private static void yesNo(
      String id,
      List<Integer> eligible,
      int yes,
      List<Map<String, Object>> answers,
      Random random) {
    if (yes > eligible.size()) {
      throw new IllegalStateException(id + ": " + yes + " yes of " + eligible.size());
    }
    for (int i = 0; i < eligible.size(); i++) {
      String answer = i < yes ? "yes" : random.nextInt(6) == 0 ? "dont_know" : "no";
      answers.get(eligible.get(i)).put(id, answer);
    }
  }

  private static void choices(
      String id,
      List<Integer> eligible,
      Map<String, Integer> counts,
      List<Map<String, Object>> answers) {
    int next = 0;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      for (int i = 0; i < count.getValue(); i++) {
        answers.get(eligible.get(next++)).put(id, count.getKey());
      }
    }
    if (next != eligible.size()) {
      throw new IllegalStateException(id + ": " + next + " choices for " + eligible.size());
    }
  }

  private static void texts(
      String id, List<Integer> eligible, List<Map<String, Object>> answers, Random random) {
    for (int i = 0; i < eligible.size(); i += 2) {
      answers.get(eligible.get(i)).put(id, TEXTS.get(random.nextInt(TEXTS.size())));
    }
  }
}
