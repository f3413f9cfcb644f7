package se.enkat.publication.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import se.enkat.publication.domain.ValueRow;
import se.enkat.publication.service.ReleaseDiff;

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

  /** The diff: {@code against} is null when nothing is published yet (every cell is added). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record DiffView(
      String releaseId,
      int version,
      Against against,
      List<ValueRow> added,
      List<ValueRow> removed,
      List<ReleaseDiff.Change> changed) {}
}
