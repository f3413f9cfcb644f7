package se.enkat.publication.service;

import static java.math.RoundingMode.HALF_UP;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.enkat.common.events.IndicatorDefined;
import se.enkat.common.events.IndicatorValuesUpdated;
import se.enkat.common.events.RoundValuesFinal;
import se.enkat.messaging.ProcessedEvents;
import se.enkat.publication.repository.LiveStateRepository;

/**
 * Keeps the live indicator library and values up to date, each event exactly once. Values keep
 * changing after round.values.final (a rebuild, a new custom indicator); releases are not touched.
 */
@ApplicationScoped
public class IndicatorEventService {

  private static final String ORGANISATION = "organisation";

  private final ProcessedEvents processed;
  private final LiveStateRepository live;
  private final ObjectMapper json;

  IndicatorEventService(ProcessedEvents processed, LiveStateRepository live, ObjectMapper json) {
    this.processed = processed;
    this.live = live;
    this.json = json;
  }

  @WithTransaction
  public Uni<Void> defined(String eventId, IndicatorDefined data) {
    return onFirstDelivery(
        eventId,
        () ->
            live.indicator(
                data.round(),
                data.indicator(),
                data.kind() == null ? "CUSTOM" : data.kind(),
                text(data.title()),
                text(data.description()),
                data.focusArea(),
                data.numerator(),
                data.denominator(),
                data.direction(),
                write(data.sourceQuestions() == null ? List.of() : data.sourceQuestions()),
                write(data.categories() == null ? List.of() : data.categories()),
                data.definedAt()));
  }

  @WithTransaction
  public Uni<Void> valuesUpdated(String eventId, IndicatorValuesUpdated data) {
    return onFirstDelivery(eventId, () -> live.values(data.round(), write(allCells(data))));
  }

  /**
   * The event's cells in one list: version 2 announces organisation cells per organisation (a
   * category key of "" is a share's), version 1 among the others.
   */
  static List<IndicatorValuesUpdated.Cell> allCells(IndicatorValuesUpdated data) {
    if (data.organisations() == null || data.organisations().isEmpty()) {
      return data.cells();
    }
    List<IndicatorValuesUpdated.Cell> cells = new ArrayList<>(data.cells());
    for (IndicatorValuesUpdated.Organisation o : data.organisations()) {
      o.cells()
          .forEach(
              (indicator, categories) ->
                  categories.forEach(
                      (category, count) ->
                          cells.add(
                              new IndicatorValuesUpdated.Cell(
                                  indicator,
                                  ORGANISATION,
                                  o.type(),
                                  o.county(),
                                  o.organisation(),
                                  category.isEmpty() ? null : category,
                                  count[0],
                                  count[1],
                                  percent(count[0], count[1])))));
    }
    return cells;
  }

  /** 100 × numerator / denominator, half-up to one decimal, as the indicator service rounds. */
  private static BigDecimal percent(long numerator, long denominator) {
    return denominator == 0
        ? null
        : BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, HALF_UP);
  }

  @WithTransaction
  public Uni<Void> valuesFinal(String eventId, RoundValuesFinal data) {
    return onFirstDelivery(
        eventId, () -> live.valuesFinal(data.round(), data.verdictsApplied(), data.finalAt()));
  }

  private Uni<Void> onFirstDelivery(String eventId, java.util.function.Supplier<Uni<Void>> apply) {
    return processed.onFirstDelivery(Consumers.PUBLICATION, eventId, apply);
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.toString();
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write event data as JSON", e);
    }
  }
}
