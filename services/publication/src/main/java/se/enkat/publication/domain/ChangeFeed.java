package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A page of the delta feed: the publications after a cursor, in the order they were published, each
 * with the cells it changed in its round's latest values, and the cursor to ask with next.
 *
 * <p>A publication moves a round's latest values from {@code previousVersion} (the highest version
 * published before it; absent for the round's first) to {@code latestVersion} (the highest version
 * published with it). Publishing an older version after a newer one leaves the latest values as
 * they were: its entry has no cells. Applying every entry's cells in order (added and changed: set
 * {@code new}; removed: delete) gives exactly the latest values of every round.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeFeed(List<Entry> releases, String next, boolean more) {

  /** One publication. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Entry(
      String cursor,
      String round,
      int version,
      String releaseId,
      OffsetDateTime publishedAt,
      Integer previousVersion,
      int latestVersion,
      ReleaseChanges.Counts counts,
      List<CellChange> cells) {}
}
