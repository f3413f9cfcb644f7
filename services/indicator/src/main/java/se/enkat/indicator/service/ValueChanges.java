package se.enkat.indicator.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.enkat.indicator.domain.Cell;
import se.enkat.indicator.domain.CellKey;
import se.enkat.indicator.domain.Count;
import se.enkat.indicator.repository.IndicatorValueRepository;

/**
 * Changes value cells and announces exactly the cells that changed, in the caller's transaction
 * (which holds the round's lock).
 */
@ApplicationScoped
public class ValueChanges {

  private final IndicatorValueRepository values;
  private final IndicatorEvents events;

  ValueChanges(IndicatorValueRepository values, IndicatorEvents events) {
    this.values = values;
    this.events = events;
  }

  /** Adds per-cell changes (the incremental path); emits the number of cells changed. */
  public Uni<Integer> add(String round, String cause, Map<CellKey, Count> changes) {
    return values
        .add(round, changes)
        .call(cells -> events.valuesUpdated(round, cause, cells))
        .map(List::size);
  }

  /**
   * Applies what stored answer replacements change (the incremental path): adds to the national and
   * county cells, replaces the organisations' rows, announces the changed cells. Emits the number
   * of cells changed.
   */
  Uni<Integer> apply(String round, String cause, AnswerChanges changes) {
    return values
        .addShared(round, changes.shared())
        .call(() -> values.replaceOrganisations(round, changes.rows()))
        .call(shared -> events.valuesUpdated(round, cause, shared, changes.announced()))
        .map(
            shared ->
                shared.size() + changes.announced().stream().mapToInt(o -> o.cells().size()).sum());
  }

  /**
   * Replaces every cell of a round with {@code totals} (a rebuild); announces the cells whose value
   * differs, cells that disappear as 0/0. Emits the number of cells changed.
   */
  public Uni<Integer> replaceAll(String round, String cause, Map<CellKey, Count> totals) {
    return values
        .byRound(round)
        .chain(
            before ->
                values
                    .deleteRound(round)
                    .chain(() -> values.add(round, totals))
                    .map(after -> differences(before, totals)))
        .call(changed -> events.valuesUpdated(round, cause, changed))
        .map(List::size);
  }

  static List<Cell> differences(Map<CellKey, Count> before, Map<CellKey, Count> after) {
    Set<CellKey> keys = new HashSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<Cell> changed = new ArrayList<>();
    for (CellKey key : keys) {
      Count now = after.getOrDefault(key, Count.ZERO);
      if (!Objects.equals(before.getOrDefault(key, Count.ZERO), now)) {
        changed.add(new Cell(key, now));
      }
    }
    return changed;
  }
}
