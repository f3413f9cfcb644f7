package se.enkat.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * Everything the demo will do, decided before any call: who is invited, who stays silent, every
 * respondent's final answers and the steps that lead there. The same seed gives the same plan.
 */
public record DemoPlan(
    long seed,
    List<Organisation> invited,
    List<Organisation> silent,
    List<RespondentScript> respondents,
    Map<OrganisationType, GroupTargets> targets) {

  /** The demo's seed: a fixed number, so every run produces the same data. */
  public static final long DEFAULT_SEED = 2025_11_23L;

  /** The 2025 round: all 21 regions and 260 of the 290 municipalities answer. */
  public static DemoPlan for2025(Questionnaire questionnaire, List<Organisation> invited) {
    return create(
        questionnaire,
        invited,
        Map.of(
            OrganisationType.REGION,
            SeedFigures.REGIONS,
            OrganisationType.MUNICIPALITY,
            SeedFigures.MUNICIPALITIES),
        DEFAULT_SEED);
  }

  /**
   * A plan for any population: {@code responding} says how many of each type answer; the seed's
   * shares are scaled to that many respondents.
   */
  public static DemoPlan create(
      Questionnaire questionnaire,
      List<Organisation> invited,
      Map<OrganisationType, Integer> responding,
      long seed) {
    Questions questions = new Questions(questionnaire);
    AnswerGenerator generator = new AnswerGenerator(questions, seed);
    List<Organisation> silent = new ArrayList<>();
    List<RespondentScript> scripts = new ArrayList<>();
    Map<OrganisationType, GroupTargets> targets = new LinkedHashMap<>();
    StepPlanner steps = new StepPlanner(questions, seed);
    for (OrganisationType type : SeedFigures.types()) {
      List<Organisation> ofType = new ArrayList<>();
      invited.stream().filter(o -> o.type() == type).forEach(ofType::add);
      ofType.sort(Comparator.comparing(Organisation::code));
      int answering = responding.getOrDefault(type, 0);
      if (answering > ofType.size()) {
        throw new IllegalArgumentException(
            answering + " " + type + " cannot answer: only " + ofType.size() + " are invited");
      }
      if (answering == 0) {
        silent.addAll(ofType);
        continue;
      }
      List<Organisation> shuffled = new ArrayList<>(ofType);
      Collections.shuffle(shuffled, new Random(seed + type.ordinal()));
      List<Organisation> quiet = new ArrayList<>(shuffled.subList(0, ofType.size() - answering));
      quiet.sort(Comparator.comparing(Organisation::code));
      silent.addAll(quiet);
      List<Organisation> answeringOrgs = new ArrayList<>(ofType);
      answeringOrgs.removeAll(quiet);
      GroupTargets group = GroupTargets.full(type, questions).scaledTo(answering, questions);
      targets.put(type, group);
      Map<String, Map<String, Object>> answers = generator.generate(answeringOrgs, group);
      for (Organisation organisation : answeringOrgs) {
        scripts.add(steps.script(organisation, answers.get(organisation.code())));
      }
    }
    steps.addInvalidFirst(scripts);
    return new DemoPlan(seed, List.copyOf(invited), silent, scripts, targets);
  }

  public long respondentsOf(OrganisationType type) {
    return respondents.stream().filter(r -> r.organisation().type() == type).count();
  }

  public long invitedOf(OrganisationType type) {
    return invited.stream().filter(o -> o.type() == type).count();
  }

  public long submissions() {
    return respondents.stream().mapToLong(RespondentScript::submissions).sum();
  }
}
