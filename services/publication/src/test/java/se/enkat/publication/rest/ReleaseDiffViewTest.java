package se.enkat.publication.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.enkat.publication.domain.CellChange;
import se.enkat.publication.domain.CellChange.Measure;
import se.enkat.publication.domain.ValueRow;
import se.enkat.publication.rest.ReleasePreviewViews.Change;
import se.enkat.publication.rest.ReleasePreviewViews.DiffView;

/**
 * The administrator's diff of a draft against the published release is the published API's
 * comparison of two releases (PublishedRepository.cellChanges, tested through the changes
 * endpoint), sorted into added, removed and changed cells with their old and new counts.
 */
class ReleaseDiffViewTest {

  private static Measure measure(long n, long d) {
    return new Measure(n, d, BigDecimal.ONE);
  }

  @Test
  void cellsAreSortedIntoAddedRemovedAndChangedWithTheirCounts() {
    List<CellChange> cells =
        List.of(
            new CellChange(
                CellChange.REMOVED,
                "a",
                "national",
                "REGION",
                null,
                null,
                null,
                measure(1, 2),
                null),
            new CellChange(
                CellChange.CHANGED,
                "b",
                "national",
                "REGION",
                null,
                null,
                "x",
                measure(3, 4),
                measure(3, 5)),
            new CellChange(
                CellChange.ADDED, "b", "national", "REGION", null, null, "y", null, measure(1, 5)));

    DiffView diff = DiffView.of("r2", 2, null, cells);

    assertThat(diff.added()).extracting(ValueRow::category).containsExactly("y");
    assertThat(diff.added().get(0).denominator()).isEqualTo(5);
    assertThat(diff.removed()).extracting(ValueRow::indicator).containsExactly("a");
    assertThat(diff.removed().get(0).numerator()).isEqualTo(1);
    assertThat(diff.changed()).hasSize(1);
    Change change = diff.changed().get(0);
    assertThat(change.cell().indicator()).isEqualTo("b");
    assertThat(change.cell().category()).isEqualTo("x");
    assertThat(change.old().denominator()).isEqualTo(4);
    assertThat(change.current().denominator()).isEqualTo(5);
  }

  @Test
  void identicalReleasesHaveNoDifference() {
    DiffView diff = DiffView.of("r2", 2, null, List.of());

    assertThat(diff.added()).isEmpty();
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).isEmpty();
  }
}
