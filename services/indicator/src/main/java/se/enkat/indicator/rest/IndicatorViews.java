package se.enkat.indicator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import se.enkat.indicator.domain.Cell;
import se.enkat.indicator.domain.CellKey;
import se.enkat.indicator.domain.Count;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.indicator.domain.TypeCount;
import se.enkat.indicator.domain.WordedDefinition;

/** Maps between the service's domain and the API's requests and views. */
final class IndicatorViews {

  private static final ObjectMapper JSON = new ObjectMapper();

  private IndicatorViews() {}

  static IndicatorDefinition toDefinition(IndicatorRequest r) {
    return new IndicatorDefinition(
        r.id(),
        IndicatorDefinition.Kind.CUSTOM,
        JSON.valueToTree(r.title()),
        r.description() == null ? null : JSON.valueToTree(r.description()),
        r.focusArea(),
        r.numerator(),
        r.denominator(),
        r.direction(),
        r.sourceQuestions(),
        null);
  }

  static IndicatorDefinitionView toView(WordedDefinition worded) {
    IndicatorDefinition d = worded.definition();
    return new IndicatorDefinitionView(
        d.id(),
        d.kind().name(),
        d.title(),
        d.description(),
        worded.wording(),
        d.focusArea(),
        d.numerator(),
        d.denominator(),
        d.direction() == null ? null : d.direction().name(),
        d.sourceQuestions(),
        d.isDistribution()
            ? d.categories().stream()
                .map(c -> new IndicatorDefinitionView.CategoryView(c.value(), c.label()))
                .toList()
            : null);
  }

  static ValueView toView(Cell cell) {
    CellKey key = cell.key();
    Count count = cell.count();
    return new ValueView(
        key.indicator(),
        key.level().json(),
        key.type(),
        key.county(),
        key.organisation(),
        key.category(),
        count.numerator(),
        count.denominator(),
        count.percent());
  }

  static ResponseRateView toView(TypeCount count) {
    return new ResponseRateView(
        count.type(),
        count.invited(),
        count.accepted(),
        Count.percent(count.accepted(), count.invited()));
  }
}
