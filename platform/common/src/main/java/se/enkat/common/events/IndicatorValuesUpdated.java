package se.enkat.common.events;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Data of {@code indicator.values.updated} (topic enkat.indicators.v1, key = round id): the value
 * cells of a round that changed, each with its new numerator and denominator. Cells that did not
 * change are not listed. A cell whose denominator fell to 0 no longer exists.
 *
 * <p>Schema version 2 announces organisation-level cells in {@code organisations}, grouped per
 * organisation, and national and county cells in {@code cells}; version 1 had every cell in {@code
 * cells}. A consumer reads both fields (and so both versions): an organisation cell means the same
 * in either.
 *
 * @param cause what changed them: {@code submission.accepted}, {@code indicator.defined}, {@code
 *     round.opened} or {@code rebuild}
 * @param organisations the changed organisation-level cells, per organisation (version 2; empty or
 *     absent in version 1)
 */
public record IndicatorValuesUpdated(
    int schemaVersion,
    @NotBlank String round,
    String cause,
    OffsetDateTime updatedAt,
    @NotNull List<@NotNull @Valid Cell> cells,
    List<@NotNull @Valid Organisation> organisations)
    implements EventData {

  public static final int SCHEMA_VERSION = 2;

  @Override
  public EventAddress address() {
    return new EventAddress(EventKind.INDICATOR_VALUES_UPDATED, EventKeys.round(round), round);
  }

  /** Only cells in {@code cells}, as version 1 wrote them. */
  public IndicatorValuesUpdated(
      int schemaVersion, String round, String cause, OffsetDateTime updatedAt, List<Cell> cells) {
    this(schemaVersion, round, cause, updatedAt, cells, List.of());
  }

  /**
   * One value: an indicator at one reporting level for one group. {@code type}, {@code county},
   * {@code organisation} and {@code category} are null where the level or indicator has no such
   * dimension; {@code percent} is null when the denominator is 0.
   */
  public record Cell(
      @NotNull String indicator,
      @NotNull String level,
      String type,
      String county,
      String organisation,
      String category,
      long numerator,
      long denominator,
      BigDecimal percent) {}

  /**
   * The changed organisation-level cells of one organisation, compactly: {@code cells} maps an
   * indicator id to its categories, and each category (the empty string for a share, which has
   * none) to {@code [numerator, denominator]}. A denominator of 0 means the cell no longer exists.
   */
  public record Organisation(
      @NotNull String organisation,
      String type,
      String county,
      @CountPairs Map<String, Map<String, long[]>> cells) {}
}
