package se.enkat.indicator.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.enkat.common.events.EventKeys;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.IndicatorDefined;
import se.enkat.common.events.IndicatorValuesUpdated;
import se.enkat.common.events.RoundValuesFinal;
import se.enkat.common.events.Topics;
import se.enkat.indicator.domain.Cell;
import se.enkat.indicator.domain.CellKey;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.messaging.Outbox;
import se.enkat.messaging.OutboxMessage;

/**
 * Writes this service's events to the outbox, in the caller's transaction. Keyed by round, so that
 * a consumer sees one round's events in the order they were committed.
 */
@ApplicationScoped
public class IndicatorEvents {

  static final String SOURCE = "/enkat/indicator";

  /** Cells per indicator.values.updated event: keeps each record far below Kafka's 1 MB. */
  static final int CELLS_PER_EVENT = 500;

  private final Outbox outbox;
  private final ObjectMapper json;

  IndicatorEvents(Outbox outbox, ObjectMapper json) {
    this.outbox = outbox;
    this.json = json;
  }

  public Uni<Void> defined(String round, List<IndicatorDefinition> definitions) {
    OffsetDateTime now = now();
    List<OutboxMessage> messages = new ArrayList<>();
    for (IndicatorDefinition d : definitions) {
      IndicatorDefined data =
          new IndicatorDefined(
              IndicatorDefined.SCHEMA_VERSION,
              round,
              d.id(),
              d.kind().name(),
              d.title(),
              d.description(),
              d.focusArea(),
              d.numerator(),
              d.denominator(),
              d.direction() == null ? null : d.direction().name(),
              d.sourceQuestions(),
              d.categories().stream()
                  .map(c -> new IndicatorDefined.Category(c.value(), c.label()))
                  .toList(),
              now);
      messages.add(message(round, EventTypes.INDICATOR_DEFINED, round + "/" + d.id(), data));
    }
    return outbox.appendAll(messages);
  }

  /** Announces changed cells, in chunks; nothing when no cell changed. */
  public Uni<Void> valuesUpdated(String round, String cause, List<Cell> cells) {
    List<Cell> sorted =
        cells.stream().sorted(Comparator.comparing(Cell::key, CellKey.ORDER)).toList();
    OffsetDateTime now = now();
    List<OutboxMessage> messages = new ArrayList<>();
    for (int from = 0; from < sorted.size(); from += CELLS_PER_EVENT) {
      List<IndicatorValuesUpdated.Cell> chunk =
          sorted.subList(from, Math.min(sorted.size(), from + CELLS_PER_EVENT)).stream()
              .map(IndicatorEvents::toEventCell)
              .toList();
      IndicatorValuesUpdated data =
          new IndicatorValuesUpdated(
              IndicatorValuesUpdated.SCHEMA_VERSION, round, cause, now, chunk);
      messages.add(message(round, EventTypes.INDICATOR_VALUES_UPDATED, round, data));
    }
    return outbox.appendAll(messages);
  }

  public Uni<Void> valuesFinal(String round, long verdictsApplied) {
    RoundValuesFinal data =
        new RoundValuesFinal(RoundValuesFinal.SCHEMA_VERSION, round, verdictsApplied, now());
    return outbox.append(message(round, EventTypes.ROUND_VALUES_FINAL, round, data));
  }

  private OutboxMessage message(String round, String type, String subject, Object data) {
    try {
      return OutboxMessage.of(
          Topics.INDICATORS,
          EventKeys.round(round),
          type,
          SOURCE,
          subject,
          json.writeValueAsString(data));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(type + " cannot be written as JSON", e);
    }
  }

  private static IndicatorValuesUpdated.Cell toEventCell(Cell cell) {
    CellKey key = cell.key();
    return new IndicatorValuesUpdated.Cell(
        key.indicator(),
        key.level().json(),
        key.type(),
        key.county(),
        key.organisation(),
        key.category(),
        cell.count().numerator(),
        cell.count().denominator(),
        cell.count().percent());
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
