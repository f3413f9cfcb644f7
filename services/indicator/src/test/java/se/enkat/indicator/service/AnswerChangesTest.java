package se.enkat.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.enkat.indicator.Answers2025;
import se.enkat.indicator.domain.CellKey;
import se.enkat.indicator.domain.CompiledIndicator;
import se.enkat.indicator.domain.Count;
import se.enkat.indicator.domain.DefaultIndicators;
import se.enkat.indicator.domain.IndicatorCompiler;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.indicator.domain.IndicatorSet;
import se.enkat.indicator.domain.Level;
import se.enkat.indicator.domain.OrganisationRow;
import se.enkat.indicator.domain.Respondent;
import se.enkat.indicator.repository.AnswerSetRepository.Replacement;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * The incremental path computes an organisation's own cells from its answers and adds only the
 * national and county differences; this checks it against the cell-by-cell arithmetic of {@link
 * IndicatorSet#delta} and {@link IndicatorSet#contributions} over random 2025 answer sets.
 */
class AnswerChangesTest {

  private static final Questionnaire Q2025 = Questionnaires.patientsakerhet2025();
  private static final IndicatorSet DEFAULTS = compileDefaults();

  @Test
  void aBatchOfNewAndRevisedAnswersChangesExactlyWhatTheCellByCellArithmeticDoes() {
    Random random = new Random(11);
    List<Replacement> batch = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String county = String.format("%02d", 1 + i % 21);
      String code = county + String.format("%02d", i);
      Respondent next = municipality(code, county, random);
      Respondent previous = i % 3 == 0 ? null : municipality(code, county, random);
      batch.add(new Replacement(i % 10 != 9, previous, next));
    }
    // A revision identical to the one stored changes nothing.
    Respondent same = municipality("SAME", "01", random);
    batch.add(new Replacement(true, same, same));

    AnswerChanges changes = AnswerChanges.of(DEFAULTS, batch);

    Map<CellKey, Count> expectedShared = new HashMap<>();
    Map<CellKey, Count> expectedAnnounced = new HashMap<>();
    Map<CellKey, Count> expectedRows = new HashMap<>();
    for (Replacement r : batch) {
      if (!r.stored()) {
        continue;
      }
      Map<CellKey, Count> before =
          r.previous() == null ? Map.of() : organisationLevel(DEFAULTS.contributions(r.previous()));
      Map<CellKey, Count> after = organisationLevel(DEFAULTS.contributions(r.next()));
      DEFAULTS
          .delta(r.previous(), r.next())
          .forEach(
              (key, count) -> {
                if (key.level() == Level.ORGANISATION) {
                  expectedAnnounced.put(key, before.getOrDefault(key, Count.ZERO).plus(count));
                } else {
                  expectedShared.merge(key, count, Count::plus);
                }
              });
      if (r.previous() == null || !before.equals(after)) {
        expectedRows.putAll(after);
      }
    }
    expectedShared.values().removeIf(Count::isZero);

    assertThat(changes.shared()).isEqualTo(expectedShared);
    assertThat(cells(changes.announced()))
        .as("each organisation's changed cells with their new counts, 0/0 when gone")
        .isEqualTo(expectedAnnounced);
    assertThat(cells(changes.rows()))
        .as("the rows written hold every cell of each changed organisation")
        .isEqualTo(expectedRows);
    assertThat(changes.rows())
        .hasSizeGreaterThan(150)
        .noneMatch(o -> o.organisation().equals("SAME"));
    assertThat(changes.announced()).noneMatch(o -> o.organisation().equals("SAME"));
  }

  @Test
  void anOrganisationThatMovedCountyAnnouncesAllItsCellsAndMovesItsCountyCounts() {
    Map<String, Object> answers = Map.of("plan.exists", "yes", "plan.level", "political");
    Respondent before = new Respondent("0180", "MUNICIPALITY", "01", answers);
    Respondent after = new Respondent("0180", "MUNICIPALITY", "03", answers);

    AnswerChanges changes =
        AnswerChanges.of(DEFAULTS, List.of(new Replacement(true, before, after)));

    assertThat(changes.shared())
        .containsEntry(
            new CellKey("plan.exists", Level.COUNTY, "MUNICIPALITY", "01", null, null),
            new Count(-1, -1))
        .containsEntry(
            new CellKey("plan.exists", Level.COUNTY, "MUNICIPALITY", "03", null, null),
            new Count(1, 1))
        .doesNotContainKey(
            new CellKey("plan.exists", Level.NATIONAL, "MUNICIPALITY", null, null, null));
    assertThat(changes.announced())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.county()).isEqualTo("03");
              assertThat(o.cells().asMap().get("plan.exists")).containsEntry("", new Count(1, 1));
            });
  }

  private static boolean hasRow(List<OrganisationRow> rows, String organisation) {
    return rows.stream().anyMatch(o -> o.organisation().equals(organisation));
  }

  private static Map<CellKey, Count> organisationLevel(Map<CellKey, Count> cells) {
    Map<CellKey, Count> own = new HashMap<>();
    cells.forEach(
        (key, count) -> {
          if (key.level() == Level.ORGANISATION) {
            own.put(key, count);
          }
        });
    return own;
  }

  private static Map<CellKey, Count> cells(List<OrganisationRow> rows) {
    Map<CellKey, Count> cells = new HashMap<>();
    for (OrganisationRow o : rows) {
      o.cells()
          .asMap()
          .forEach(
              (indicator, categories) ->
                  categories.forEach(
                      (category, count) ->
                          cells.put(
                              new CellKey(
                                  indicator,
                                  Level.ORGANISATION,
                                  o.type(),
                                  o.county(),
                                  o.organisation(),
                                  category.isEmpty() ? null : category),
                              count)));
    }
    return cells;
  }

  private static Respondent municipality(String code, String county, Random random) {
    return new Respondent(
        code,
        "MUNICIPALITY",
        county,
        Answers2025.random(Q2025, OrganisationType.MUNICIPALITY, random));
  }

  private static IndicatorSet compileDefaults() {
    Set<String> questions = Q2025.questions().map(Question::id).collect(Collectors.toSet());
    List<CompiledIndicator> compiled = new ArrayList<>();
    for (IndicatorDefinition definition : DefaultIndicators.of(Q2025)) {
      try {
        compiled.add(IndicatorCompiler.compile(definition, questions));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    return new IndicatorSet(compiled);
  }
}
