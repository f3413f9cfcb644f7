package se.enkat.indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * Random valid answer sets for the 2025 questionnaire, as validation would accept them: only
 * questions that apply to the type, follow-ups only after a "yes".
 */
public final class Answers2025 {

  private static final Pattern FOLLOW_UP = Pattern.compile("answers\\['([a-z0-9_.]+)'\\] == 'yes'");
  private static final List<String> YND = List.of("yes", "no", "dont_know");

  private Answers2025() {}

  public static Map<String, Object> random(
      Questionnaire questionnaire, OrganisationType type, Random random) {
    Map<String, Object> answers = new LinkedHashMap<>();
    questionnaire
        .questions()
        .forEach(
            q -> {
              if (!q.appliesTo(type) || !followUpAllowed(q, answers)) {
                return;
              }
              answers.put(q.id(), value(q, random));
            });
    return answers;
  }

  private static boolean followUpAllowed(Question q, Map<String, Object> answers) {
    if (q.relevant() == null) {
      return true;
    }
    Matcher m = FOLLOW_UP.matcher(q.relevant());
    if (!m.matches()) {
      throw new IllegalStateException("unexpected rule shape: " + q.relevant());
    }
    return "yes".equals(answers.get(m.group(1)));
  }

  private static Object value(Question q, Random random) {
    switch (q.type()) {
      case "yes_no_dontknow":
        return random.nextInt(4) < 2 ? "yes" : YND.get(random.nextInt(3));
      case "single_choice":
        return q.choicesOrEmpty().get(random.nextInt(q.choicesOrEmpty().size())).value();
      case "text":
        return "Svar " + random.nextInt(1000);
      default:
        throw new IllegalStateException("the 2025 file has no " + q.type() + " question");
    }
  }
}
