package se.enkat.questionnaire.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.enkat.questionnaire.model.OrganisationType;

/**
 * Valid answer sets for {@link EvaluatorFixtures#ALL_TYPES}, with its rules written out by hand so
 * that the generator does not borrow the engine it tests.
 */
final class AllTypesAnswers {

  private AllTypesAnswers() {}

  static Map<String, Object> valid(Organisation organisation, Random r) {
    Map<String, Object> answers = new HashMap<>();
    String a = List.of("yes", "no", "dont_know").get(r.nextInt(3));
    answers.put("a", a);
    if (a.equals("yes")) {
      String follow = r.nextBoolean() ? "yes" : "no";
      answers.put("a.follow", follow);
      if (follow.equals("yes") && r.nextBoolean()) {
        answers.put("a.follow.deeper", r.nextBoolean() ? "yes" : "no");
      }
    }
    if (r.nextBoolean()) {
      answers.put("level", r.nextBoolean() ? "political" : "official");
    }
    if (r.nextBoolean()) {
      List<String> kinds = new ArrayList<>(List.of("x", "y", "z"));
      kinds.removeIf(k -> r.nextBoolean());
      answers.put("kinds", kinds);
    }
    if (r.nextBoolean()) {
      long staff = 2L * r.nextInt(501);
      answers.put("staff", staff);
      if (staff > 100) {
        answers.put("staff.many", r.nextBoolean() ? "yes" : "no");
      }
    }
    if (r.nextBoolean()) {
      double share = r.nextInt(101) / 100.0;
      answers.put("share", share);
      if (share > 0.5) {
        answers.put("share.high", "no");
      }
      if (share > 0) {
        answers.put("share.any", "yes");
      }
    }
    if (r.nextBoolean()) {
      answers.put("note", "åäö!".substring(0, r.nextInt(5)));
    }
    if (r.nextBoolean()) {
      answers.put("since", LocalDate.of(2020, 1, 1).plusDays(r.nextInt(3000)).toString());
    }
    if (a.equals("dont_know") || r.nextBoolean()) {
      answers.put("explain", "för att");
    }
    if (organisation.type() == OrganisationType.REGION) {
      answers.put("regions.only", "yes");
    }
    if ("23".equals(organisation.county()) && r.nextBoolean()) {
      answers.put("jamtland", "no");
    }
    return answers;
  }
}
