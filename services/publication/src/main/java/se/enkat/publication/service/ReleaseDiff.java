package se.enkat.publication.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.publication.domain.ValueRow;

/**
 * The difference between two sets of value cells (two releases of a round): cells only in the newer
 * one (added), only in the older one (removed), and in both with another numerator or denominator
 * (changed, with old and new). A cell is identified by indicator, level, type, county, organisation
 * and category. Pure; used for a draft's preview against the latest published release.
 */
public final class ReleaseDiff {

  private ReleaseDiff() {}

  /** Where a cell is. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Cell(
      String indicator,
      String level,
      String type,
      String county,
      String organisation,
      String category) {

    static Cell of(ValueRow row) {
      return new Cell(
          row.indicator(),
          row.level(),
          row.type(),
          row.county(),
          row.organisation(),
          row.category());
    }
  }

  /** A cell's count: numerator, denominator and the derived percent (absent over 0). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Count(long numerator, long denominator, BigDecimal percent) {

    static Count of(ValueRow row) {
      return new Count(row.numerator(), row.denominator(), row.percent());
    }
  }

  /** A cell in both sets whose numerator or denominator differs: its old and its new count. */
  public record Change(Cell cell, Count old, @JsonProperty("new") Count current) {}

  /** The three lists, each in the order of the newer (added, changed) or older (removed) set. */
  public record Result(List<ValueRow> added, List<ValueRow> removed, List<Change> changed) {

    public boolean isEmpty() {
      return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
  }

  public static Result between(List<ValueRow> older, List<ValueRow> newer) {
    Map<Cell, ValueRow> before = new LinkedHashMap<>();
    older.forEach(row -> before.put(Cell.of(row), row));
    List<ValueRow> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    Map<Cell, ValueRow> after = new LinkedHashMap<>();
    for (ValueRow row : newer) {
      Cell cell = Cell.of(row);
      after.put(cell, row);
      ValueRow was = before.get(cell);
      if (was == null) {
        added.add(row);
      } else if (was.numerator() != row.numerator() || was.denominator() != row.denominator()) {
        // percent is derived from the two, so it changes exactly when they do
        changed.add(new Change(cell, Count.of(was), Count.of(row)));
      }
    }
    List<ValueRow> removed =
        older.stream().filter(row -> !after.containsKey(Cell.of(row))).toList();
    return new Result(added, removed, changed);
  }
}
