package se.enkat.common.events;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code indicator.values.updated} (topic enkat.indicators.v1, key = round id): the value
 * cells of a round that changed, each with its new numerator and denominator. Cells that did not
 * change are not listed. A cell whose denominator fell to 0 no longer exists.
 *
 * @param cause what changed them: {@code submission.accepted}, {@code indicator.defined}, {@code
 *     round.opened} or {@code rebuild}
 */
public record IndicatorValuesUpdated(
    int schemaVersion, String round, String cause, OffsetDateTime updatedAt, List<Cell> cells) {

  public static final int SCHEMA_VERSION = 1;

  /**
   * One value: an indicator at one reporting level for one group. {@code type}, {@code county},
   * {@code organisation} and {@code category} are null where the level or indicator has no such
   * dimension; {@code percent} is null when the denominator is 0.
   */
  public record Cell(
      String indicator,
      String level,
      String type,
      String county,
      String organisation,
      String category,
      long numerator,
      long denominator,
      BigDecimal percent) {}
}
