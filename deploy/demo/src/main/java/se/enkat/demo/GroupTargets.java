package se.enkat.demo;

import static se.enkat.questionnaire.model.OrganisationType.REGION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.QuestionType;

/**
 * How many respondents of one type answer "yes" to each yes/no question (a follow-up's count is
 * over all respondents, so it is also the count of its whole chain), and how many choose each
 * {@code plan.level}.
 *
 * @param yes question id → number of "yes"
 * @param levels plan.level choice → number choosing it
 */
public record GroupTargets(
    OrganisationType type, int respondents, Map<String, Integer> yes, Map<String, Integer> levels) {

  /** Figures the seed describes in words only (regions, municipalities), chosen to fit them. */
  private static final Map<String, int[]> UNPRINTED =
      Map.of(
          "plan.psb", new int[] {0, 70}, // "just over a quarter" of municipalities
          "responsibility.levels", new int[] {16, 180}, // "the majority"
          "responsibility.risk_analyses", new int[] {12, 150},
          "risk.staff_survey", new int[] {17, 120}, // regions higher than municipalities
          "collaboration.shared_forums", new int[] {15, 170}); // "a majority"

  /** The targets for the full 2025 respondents: 21 regions or 260 municipalities. */
  public static GroupTargets full(OrganisationType type, Questions questions) {
    int n = type == REGION ? SeedFigures.REGIONS : SeedFigures.MUNICIPALITIES;
    Map<String, Integer> yes = new LinkedHashMap<>();
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (Target target : SeedFigures.targets(type).values()) {
      if (target.row().category() != null) {
        levels.put(target.row().category(), target.k());
      } else {
        yes.put(target.row().question(), target.k());
      }
    }
    yes.put("plan.exists", levels.values().stream().mapToInt(Integer::intValue).sum());
    UNPRINTED.forEach((question, counts) -> yes.put(question, counts[type == REGION ? 0 : 1]));
    // the training chains: only the composite is printed; base and documented are plausible fill
    for (String base :
        List.of(
            "training.intro.licensed",
            "training.intro.managers",
            "training.continuing.licensed",
            "training.continuing.managers",
            "training.continuing.unlicensed")) {
      int composite = yes.get(base + ".management_system");
      int documented = composite + (n - composite) * 35 / 100;
      yes.put(base + ".documented", documented);
      yes.put(base, documented + (n - documented) / 2);
    }
    return new GroupTargets(type, n, yes, levels).checked(questions);
  }

  /** The same shares for another number of respondents (rounded half-up; chains kept nested). */
  public GroupTargets scaledTo(int n, Questions questions) {
    if (n == respondents) {
      return this;
    }
    Map<String, Integer> scaledYes = new LinkedHashMap<>();
    yes.forEach((question, k) -> scaledYes.put(question, scale(k, n)));
    for (Question question : questions.forType(type)) {
      String parent = questions.parent(question.id());
      if (parent != null && scaledYes.containsKey(question.id())) {
        scaledYes.put(question.id(), Math.min(scaledYes.get(question.id()), scaledYes.get(parent)));
      }
    }
    return new GroupTargets(
            type, n, scaledYes, largestRemainder(levels, scaledYes.get("plan.exists")))
        .checked(questions);
  }

  private int scale(int k, int n) {
    return (2 * k * n + respondents) / (2 * respondents);
  }

  /** Shares of {@code total} in proportion to the counts, summing exactly to it. */
  private static Map<String, Integer> largestRemainder(Map<String, Integer> counts, int total) {
    int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Integer> shares = new LinkedHashMap<>();
    List<Map.Entry<String, Double>> remainders = new ArrayList<>();
    int given = 0;
    for (Map.Entry<String, Integer> count : counts.entrySet()) {
      double exact = sum == 0 ? 0 : (double) count.getValue() * total / sum;
      shares.put(count.getKey(), (int) Math.floor(exact));
      given += (int) Math.floor(exact);
      remainders.add(Map.entry(count.getKey(), exact - Math.floor(exact)));
    }
    remainders.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
    for (int i = 0; i < total - given; i++) {
      shares.merge(remainders.get(i).getKey(), 1, Integer::sum);
    }
    return shares;
  }

  /** Every yes/no question has a count, no follow-up exceeds its parent, levels add up. */
  private GroupTargets checked(Questions questions) {
    for (Question question : questions.forType(type)) {
      QuestionType kind = question.questionType().orElseThrow();
      if (kind != QuestionType.YES_NO_DONTKNOW) {
        continue;
      }
      Integer k = yes.get(question.id());
      if (k == null || k < 0 || k > respondents) {
        throw new IllegalStateException("no sound target for " + question.id() + ": " + k);
      }
      String parent = questions.parent(question.id());
      if (parent != null && k > yes.get(parent)) {
        throw new IllegalStateException(question.id() + " has more yes than " + parent);
      }
    }
    int levelSum = levels.values().stream().mapToInt(Integer::intValue).sum();
    if (levelSum != yes.get("plan.exists")) {
      throw new IllegalStateException("plan.level counts do not add up to plan.exists");
    }
    return this;
  }
}
