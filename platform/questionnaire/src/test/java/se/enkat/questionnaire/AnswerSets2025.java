package se.enkat.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.Choice;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * Random complete answer sets for the 2025 questionnaire, built without the rule engine.
 *
 * <p>Every rule in the 2025 file is a follow-up of the form {@code answers['parent'] == 'yes'};
 * this generator reads that parent with a regular expression and decides visibility itself, so it
 * is an independent oracle for the engine. {@link #followUpParent} refuses any other rule shape, so
 * a new kind of rule in the file makes the tests fail instead of silently testing less.
 */
public final class AnswerSets2025 {

  private static final Pattern FOLLOW_UP = Pattern.compile("answers\\['([a-z0-9_.]+)'\\] == 'yes'");
  private static final List<String> YND = List.of("yes", "no", "dont_know");

  private AnswerSets2025() {}

  /** The question a follow-up depends on, or null for a question without a rule. */
  public static String followUpParent(Question question) {
    if (question.relevant() == null) {
      return null;
    }
    Matcher m = FOLLOW_UP.matcher(question.relevant());
    if (!m.matches()) {
      throw new IllegalStateException("unexpected rule shape: " + question.relevant());
    }
    return m.group(1);
  }

  /** A complete, valid answer set for this organisation. */
  public static Map<String, Object> complete(
      Questionnaire questionnaire, Organisation organisation, Random random) {
    Map<String, Object> answers = new LinkedHashMap<>();
    questionnaire
        .questions()
        .forEach(
            q -> {
              if (!q.appliesTo(organisation.type())) {
                return;
              }
              String parent = followUpParent(q);
              // Parents come before their follow-ups in the file, so the parent is decided here.
              if (parent != null && !"yes".equals(answers.get(parent))) {
                return;
              }
              boolean optional =
                  q.required() != null && q.required().isConstant() && !q.required().constant();
              if (optional && random.nextBoolean()) {
                return;
              }
              answers.put(q.id(), value(q, random));
            });
    return answers;
  }

  private static Object value(Question q, Random random) {
    switch (q.type()) {
      case "yes_no":
        return random.nextBoolean() ? "yes" : "no";
      case "yes_no_dontknow":
        // Mostly yes, so that follow-ups are exercised often.
        return random.nextInt(4) < 2 ? "yes" : YND.get(random.nextInt(3));
      case "single_choice":
        List<Choice> choices = q.choicesOrEmpty();
        return choices.get(random.nextInt(choices.size())).value();
      case "text":
        return "Svar " + random.nextInt(1000);
      default:
        throw new IllegalStateException("the 2025 file has no " + q.type() + " question");
    }
  }
}
