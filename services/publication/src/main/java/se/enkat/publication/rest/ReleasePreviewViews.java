package se.enkat.publication.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.enkat.publication.domain.CellChange;
import se.enkat.publication.domain.ValueRow;

/** What the release preview endpoints of {@link ReleaseResource} answer. */
public final class ReleasePreviewViews {

  private ReleasePreviewViews() {}

  /** A release's values. */
  public record ValuesView(
      String releaseId, String round, int version, String status, List<PreviewValue> values) {}

  /** A value cell with {@code n}: how many respondents it is over (its denominator). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record PreviewValue(
      String indicator,
      String level,
      String type,
      String county,
      String organisation,
      String category,
      long n,
      long numerator,
      long denominator,
      BigDecimal percent) {

    static PreviewValue of(ValueRow row) {
      return new PreviewValue(
          row.indicator(),
          row.level(),
          row.type(),
          row.county(),
          row.organisation(),
          row.category(),
          row.denominator(),
          row.numerator(),
          row.denominator(),
          row.percent());
    }
  }

  /** The published release a diff is against. */
  public record Against(String releaseId, int version) {}

  /** Where a cell is. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Cell(
      String indicator,
      String level,
      String type,
      String county,
      String organisation,
      String category) {}

  /** A cell's count: numerator, denominator and the derived percent (absent over 0). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Count(long numerator, long denominator, BigDecimal percent) {}

  /** A cell in both releases whose numerator or denominator differs: its old and its new count. */
  public record Change(Cell cell, Count old, @JsonProperty("new") Count current) {}

  /** The diff: {@code against} is null when nothing is published yet (every cell is added). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record DiffView(
      String releaseId,
      int version,
      Against against,
      List<ValueRow> added,
      List<ValueRow> removed,
      List<Change> changed) {

    /** The changed cells sorted into added (with their new count), removed (old) and changed. */
    static DiffView of(String releaseId, int version, Against against, List<CellChange> cells) {
      List<ValueRow> added = new ArrayList<>();
      List<ValueRow> removed = new ArrayList<>();
      List<Change> changed = new ArrayList<>();
      for (CellChange c : cells) {
        switch (c.change()) {
          case CellChange.ADDED -> added.add(row(c, c.current()));
          case CellChange.REMOVED -> removed.add(row(c, c.previous()));
          default ->
              changed.add(
                  new Change(
                      new Cell(
                          c.indicator(),
                          c.level(),
                          c.type(),
                          c.county(),
                          c.organisation(),
                          c.category()),
                      count(c.previous()),
                      count(c.current())));
        }
      }
      return new DiffView(releaseId, version, against, added, removed, changed);
    }

    private static ValueRow row(CellChange c, CellChange.Measure m) {
      return new ValueRow(
          c.indicator(),
          c.level(),
          c.type(),
          c.county(),
          c.organisation(),
          c.category(),
          m.numerator(),
          m.denominator(),
          m.percent());
    }

    private static Count count(CellChange.Measure m) {
      return new Count(m.numerator(), m.denominator(), m.percent());
    }
  }
}
