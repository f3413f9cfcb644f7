package se.enkat.publication.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.enkat.publication.domain.ValueRow;

class ReleaseDiffTest {

  private static ValueRow row(String indicator, String type, String category, long n, long d) {
    return new ValueRow(indicator, "national", type, null, null, category, n, d, BigDecimal.ONE);
  }

  @Test
  void cellsAreAddedRemovedOrChangedByTheirPlaceNotTheirOrder() {
    List<ValueRow> older =
        List.of(
            row("a", "REGION", null, 1, 2),
            row("b", "REGION", "x", 3, 4),
            row("c", "REGION", null, 5, 5));
    List<ValueRow> newer =
        List.of(
            row("c", "REGION", null, 5, 5),
            row("b", "REGION", "x", 3, 5),
            row("b", "REGION", "y", 1, 5));

    ReleaseDiff.Result diff = ReleaseDiff.between(older, newer);

    assertThat(diff.added()).extracting(ValueRow::category).containsExactly("y");
    assertThat(diff.removed()).extracting(ValueRow::indicator).containsExactly("a");
    assertThat(diff.changed()).hasSize(1);
    ReleaseDiff.Change change = diff.changed().get(0);
    assertThat(change.cell().indicator()).isEqualTo("b");
    assertThat(change.old().denominator()).isEqualTo(4);
    assertThat(change.current().denominator()).isEqualTo(5);
    assertThat(diff.isEmpty()).isFalse();
  }

  @Test
  void identicalReleasesHaveNoDifference() {
    List<ValueRow> values = List.of(row("a", "REGION", null, 1, 2));
    assertThat(ReleaseDiff.between(values, values).isEmpty()).isTrue();
  }
}
