package se.enkat.demo;

import java.util.Map;
import se.enkat.questionnaire.model.OrganisationType;

/**
 * Counts a seed row over the plan's final answers, the way the published indicator defines it:
 * numerator = respondents whose answers meet the row, denominator = respondents that answered the
 * first question of the row's chain. Independent of how the answers were generated.
 */
public final class Tally {

  private Tally() {}

  /** Numerator and denominator of one published value. */
  public record Count(long numerator, long denominator) {

    public int percent() {
      return Percent.whole((int) numerator, (int) denominator);
    }
  }

  public static Count count(DemoPlan plan, SeedRow row, OrganisationType type) {
    long numerator = 0;
    long denominator = 0;
    for (RespondentScript respondent : plan.respondents()) {
      if (respondent.organisation().type() != type) {
        continue;
      }
      Map<String, Object> answers = respondent.finalAnswers();
      if (!answers.containsKey(row.chain().get(0))) {
        continue;
      }
      denominator++;
      if (meets(row, answers)) {
        numerator++;
      }
    }
    return new Count(numerator, denominator);
  }

  private static boolean meets(SeedRow row, Map<String, Object> answers) {
    if (row.category() != null) {
      return row.category().equals(answers.get(row.question()));
    }
    return row.chain().stream().allMatch(q -> "yes".equals(answers.get(q)));
  }
}
