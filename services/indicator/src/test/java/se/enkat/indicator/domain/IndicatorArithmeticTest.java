package se.enkat.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;

/** The arithmetic of indicator values over the 2025 questionnaire's default indicators. */
class IndicatorArithmeticTest {

  private static final Questionnaire Q2025 = Questionnaires.patientsakerhet2025();
  private static final Set<String> QUESTION_IDS =
      Q2025.questions().map(Question::id).collect(Collectors.toSet());
  private static final IndicatorSet DEFAULTS = compile(DefaultIndicators.of(Q2025));

  @Test
  void conditionalFollowUpCountsOnlyThoseAskedSoOneRegionWithoutPlanGivesTwentyOfTwentyOne() {
    List<Respondent> regions = new ArrayList<>();
    for (int i = 1; i <= 21; i++) {
      String code = String.format("%02d", i);
      Map<String, Object> answers = new HashMap<>();
      if (i == 21) {
        answers.put("plan.exists", "no");
      } else {
        answers.put("plan.exists", "yes");
        answers.put("plan.level", "political");
      }
      regions.add(new Respondent(code, "REGION", code, answers));
    }

    Map<CellKey, Count> totals = DEFAULTS.totals(regions);

    assertThat(totals.get(CellKey.national("plan.exists", "REGION", null)))
        .isEqualTo(new Count(20, 21));
    assertThat(totals.get(CellKey.national("plan.level", "REGION", "political")))
        .isEqualTo(new Count(20, 20));
    assertThat(totals.get(CellKey.organisation("plan.level", "REGION", "21", "21", "political")))
        .as("the region without a plan was not asked the follow-up")
        .isNull();
  }

  @Test
  void dontKnowCountsInTheDenominatorButNotTheNumerator() {
    Map<CellKey, Count> totals =
        DEFAULTS.totals(
            List.of(
                municipality("0180", "01", Map.of("risk.rapid_change", "yes")),
                municipality("0181", "01", Map.of("risk.rapid_change", "no")),
                municipality("0182", "01", Map.of("risk.rapid_change", "dont_know"))));

    Count national = totals.get(CellKey.national("risk.rapid_change", "MUNICIPALITY", null));
    assertThat(national).isEqualTo(new Count(1, 3));
    assertThat(national.percent()).isEqualByComparingTo("33.3");
  }

  @Test
  void aRevisionFromYesToNoMovesOneCountOutOfTheNumeratorAtEveryLevel() {
    Respondent before = municipality("2584", "25", Map.of("hygiene.measures", "yes"));
    Respondent after = municipality("2584", "25", Map.of("hygiene.measures", "no"));

    Map<CellKey, Count> delta = DEFAULTS.delta(before, after);

    assertThat(delta)
        .containsOnly(
            Map.entry(CellKey.national("hygiene.measures", "MUNICIPALITY", null), new Count(-1, 0)),
            Map.entry(
                CellKey.county("hygiene.measures", "MUNICIPALITY", "25", null), new Count(-1, 0)),
            Map.entry(
                CellKey.organisation("hygiene.measures", "MUNICIPALITY", "25", "2584", null),
                new Count(-1, 0)));
  }

  @Test
  void aRevisionThatDropsAFollowUpRemovesItFromTheDenominatorToo() {
    Respondent before =
        municipality("2584", "25", Map.of("hygiene.measures", "yes", "hygiene.results_used", "no"));
    Respondent after = municipality("2584", "25", Map.of("hygiene.measures", "no"));

    Map<CellKey, Count> delta = DEFAULTS.delta(before, after);

    assertThat(delta.get(CellKey.national("hygiene.results_used", "MUNICIPALITY", null)))
        .isEqualTo(new Count(0, -1));
  }

  @Test
  void anIdenticalRevisionChangesNothing() {
    Respondent answers = municipality("0180", "01", Map.of("plan.exists", "yes"));

    assertThat(DEFAULTS.delta(answers, answers)).isEmpty();
  }

  @Test
  void distributionCategoriesAddUpToTheirN() {
    List<String> levels = List.of("political", "highest_official", "other_official", "dont_know");
    List<Respondent> respondents = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      respondents.add(
          municipality(
              String.format("01%02d", i),
              "01",
              Map.of("plan.exists", "yes", "plan.level", levels.get(i % 3))));
    }
    respondents.add(municipality("0199", "01", Map.of("plan.exists", "no")));

    Map<CellKey, Count> totals = DEFAULTS.totals(respondents);

    List<Count> categories =
        levels.stream()
            .map(level -> totals.get(CellKey.national("plan.level", "MUNICIPALITY", level)))
            .toList();
    assertThat(categories).allSatisfy(c -> assertThat(c.denominator()).isEqualTo(17));
    assertThat(categories.stream().mapToLong(Count::numerator).sum()).isEqualTo(17);
    assertThat(categories.get(3)).as("a choice nobody made is 0 of n").isEqualTo(new Count(0, 17));
  }

  @Test
  void percentIsRoundedHalfUpToOneDecimalAndAbsentWithoutDenominator() {
    assertThat(Count.percent(19, 21)).isEqualByComparingTo("90.5");
    assertThat(Count.percent(1, 16)).isEqualByComparingTo("6.3");
    assertThat(Count.percent(1, 3)).isEqualByComparingTo("33.3");
    assertThat(Count.percent(2, 3)).isEqualByComparingTo("66.7");
    assertThat(Count.percent(21, 21)).isEqualByComparingTo(BigDecimal.valueOf(100));
    assertThat(Count.percent(0, 0)).isNull();
  }

  @Test
  void compositeIndicatorCountsOverEveryRespondentOfTheType() throws Exception {
    IndicatorDefinition composite =
        custom(
            "answers['hygiene.documented'] == 'yes'"
                + " && answers['hygiene.documented.management_system'] == 'yes'",
            "org.type == 'MUNICIPALITY'");
    IndicatorSet set = compile(List.of(composite));

    Map<CellKey, Count> totals =
        set.totals(
            List.of(
                municipality(
                    "0180",
                    "01",
                    Map.of(
                        "hygiene.documented", "yes",
                        "hygiene.documented.management_system", "yes")),
                municipality(
                    "0181",
                    "01",
                    Map.of(
                        "hygiene.documented", "yes",
                        "hygiene.documented.management_system", "no")),
                municipality("0182", "01", Map.of("hygiene.documented", "no")),
                municipality("0183", "01", Map.of()),
                new Respondent(
                    "01",
                    "REGION",
                    "01",
                    Map.of(
                        "hygiene.documented", "yes",
                        "hygiene.documented.management_system", "yes"))));

    assertThat(totals.get(CellKey.national("composite", "MUNICIPALITY", null)))
        .isEqualTo(new Count(1, 4));
    assertThat(totals.get(CellKey.national("composite", "REGION", null)))
        .as("regions are outside the denominator")
        .isNull();
  }

  private static IndicatorDefinition custom(String numerator, String denominator) {
    return new IndicatorDefinition(
        "composite",
        IndicatorDefinition.Kind.CUSTOM,
        null,
        null,
        null,
        numerator,
        denominator,
        IndicatorDefinition.Direction.HIGHER_IS_BETTER,
        null,
        null);
  }

  private static Respondent municipality(String code, String county, Map<String, Object> answers) {
    return new Respondent(code, "MUNICIPALITY", county, answers);
  }

  private static IndicatorSet compile(List<IndicatorDefinition> definitions) {
    List<CompiledIndicator> compiled = new ArrayList<>();
    for (IndicatorDefinition definition : definitions) {
      try {
        compiled.add(IndicatorCompiler.compile(definition, QUESTION_IDS));
      } catch (InvalidIndicatorException e) {
        throw new AssertionError(e);
      }
    }
    return new IndicatorSet(compiled);
  }
}
