package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What changed between two published versions of a round: every cell added, removed or changed, and
 * how many of each. {@code from} is absent when {@code to} is compared with nothing (its first
 * version): then every cell is added.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReleaseChanges(
    String round, Version from, Version to, Counts counts, List<CellChange> cells) {

  /** One published version. */
  public record Version(int version, String releaseId, OffsetDateTime publishedAt) {}

  /** How many cells were added, removed and changed. */
  public record Counts(int added, int removed, int changed) {

    public static Counts of(List<CellChange> cells) {
      int added = 0;
      int removed = 0;
      int changed = 0;
      for (CellChange cell : cells) {
        switch (cell.change()) {
          case CellChange.ADDED -> added++;
          case CellChange.REMOVED -> removed++;
          default -> changed++;
        }
      }
      return new Counts(added, removed, changed);
    }
  }
}
