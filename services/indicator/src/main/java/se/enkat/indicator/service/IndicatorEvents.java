package se.enkat.indicator.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.enkat.common.events.IndicatorDefined;
import se.enkat.common.events.IndicatorValuesUpdated;
import se.enkat.common.events.RoundValuesFinal;
import se.enkat.indicator.domain.Cell;
import se.enkat.indicator.domain.CellKey;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.indicator.domain.Level;
import se.enkat.indicator.domain.OrganisationCells;
import se.enkat.indicator.domain.OrganisationRow;
import se.enkat.messaging.Outbox;
import se.enkat.messaging.sql.Chunks;

/**
 * Writes this service's events to the outbox, in the caller's transaction. Keyed by round, so that
 * a consumer sees one round's events in the order they were committed.
 */
@ApplicationScoped
public class IndicatorEvents {

  /** Cells per indicator.values.updated event: keeps each record far below Kafka's 1 MB. */
  static final int CELLS_PER_EVENT = 500;

  /**
   * Organisations per indicator.values.updated event: each carries at most one cell per indicator
   * and category (~150 for the 2025 questionnaire, ~3 kB), so an event stays far below 1 MB.
   */
  static final int ORGANISATIONS_PER_EVENT = 100;

  private final Outbox outbox;

  IndicatorEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  public Uni<Void> defined(String round, List<IndicatorDefinition> definitions) {
    OffsetDateTime now = now();
    List<IndicatorDefined> events = new ArrayList<>();
    for (IndicatorDefinition d : definitions) {
      events.add(
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
              now));
    }
    return outbox.appendAll(events);
  }

  /**
   * Announces changed cells of any level, in chunks; nothing when no cell changed. Organisation
   * cells are announced per organisation (schema version 2).
   */
  public Uni<Void> valuesUpdated(String round, String cause, List<Cell> cells) {
    List<Cell> shared = new ArrayList<>();
    Map<String, OrganisationRow> organisations = new TreeMap<>();
    for (Cell cell : cells) {
      CellKey key = cell.key();
      if (key.level() == Level.ORGANISATION) {
        organisations
            .computeIfAbsent(
                key.organisation(),
                o -> new OrganisationRow(o, key.type(), key.county(), new OrganisationCells()))
            .cells()
            .put(key.indicator(), key.category(), cell.count());
      } else {
        shared.add(cell);
      }
    }
    return valuesUpdated(round, cause, shared, List.copyOf(organisations.values()));
  }

  /**
   * Announces changed national and county cells ({@code cells}) and organisations' changed cells,
   * in chunks of at most {@value #CELLS_PER_EVENT} cells and {@value #ORGANISATIONS_PER_EVENT}
   * organisations; nothing when nothing changed.
   */
  public Uni<Void> valuesUpdated(
      String round, String cause, List<Cell> cells, List<OrganisationRow> organisations) {
    List<Cell> sorted = new ArrayList<>(cells);
    sorted.sort(Comparator.comparing(Cell::key, CellKey.ORDER));
    OffsetDateTime now = now();
    List<List<IndicatorValuesUpdated.Cell>> cellChunks =
        Chunks.of(sorted.stream().map(IndicatorEvents::toEventCell).toList(), CELLS_PER_EVENT);
    List<List<IndicatorValuesUpdated.Organisation>> organisationChunks =
        Chunks.of(
            organisations.stream().map(IndicatorEvents::toEventOrganisation).toList(),
            ORGANISATIONS_PER_EVENT);
    int events = Math.max(cellChunks.size(), organisationChunks.size());
    List<IndicatorValuesUpdated> updates = new ArrayList<>(events);
    for (int event = 0; event < events; event++) {
      updates.add(
          new IndicatorValuesUpdated(
              IndicatorValuesUpdated.SCHEMA_VERSION,
              round,
              cause,
              now,
              nth(cellChunks, event),
              nth(organisationChunks, event)));
    }
    return outbox.appendAll(updates);
  }

  public Uni<Void> valuesFinal(String round, long verdictsApplied) {
    return outbox.append(
        new RoundValuesFinal(RoundValuesFinal.SCHEMA_VERSION, round, verdictsApplied, now()));
  }

  /** The {@code n}th chunk, or none when there are fewer. */
  private static <T> List<T> nth(List<List<T>> chunks, int n) {
    return n < chunks.size() ? chunks.get(n) : List.of();
  }

  private static IndicatorValuesUpdated.Organisation toEventOrganisation(OrganisationRow row) {
    return new IndicatorValuesUpdated.Organisation(
        row.organisation(), row.type(), row.county(), row.cellsAsJson());
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
