package se.enkat.collection.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.enkat.collection.domain.Extension;
import se.enkat.messaging.sql.NativeSql;

/** Extensions of rounds' closing dates, for a whole round or one organisation. */
@ApplicationScoped
public class ExtensionRepository {

  private static final String INSERT =
      "insert into round_extension (round_id, organisation_code, closes_at, extended_by)"
          + " values (?1, ?2, ?3, ?4)";

  private static final String OF_ROUND =
      "select organisation_code, closes_at, extended_at, extended_by from round_extension"
          + " where round_id = ?1 order by id";

  // The latest extension of each organisation (not the round-wide ones, which move closes_at).
  private static final String LATEST_PER_ORGANISATION =
      "select distinct on (organisation_code) organisation_code, closes_at from round_extension"
          + " where round_id = ?1 and organisation_code <> '' order by organisation_code, id desc";

  public Uni<Void> add(String round, String organisation, LocalDate closesAt, String by) {
    return NativeSql.update(INSERT, round, organisation == null ? "" : organisation, closesAt, by)
        .replaceWithVoid();
  }

  /** Every extension of a round, oldest first. */
  public Uni<List<Extension>> ofRound(String round) {
    return NativeSql.rows(OF_ROUND, round)
        .map(
            rows ->
                rows.stream()
                    .map(
                        r ->
                            new Extension(
                                ((String) r[0]).isEmpty() ? null : (String) r[0],
                                date(r[1]),
                                time(r[2]),
                                (String) r[3]))
                    .toList());
  }

  /** Organisation code → its latest extended closing date, for organisations that have one. */
  public Uni<java.util.Map<String, LocalDate>> latestPerOrganisation(String round) {
    return NativeSql.rows(LATEST_PER_ORGANISATION, round)
        .map(
            rows -> {
              java.util.Map<String, LocalDate> latest = new java.util.HashMap<>();
              rows.forEach(r -> latest.put((String) r[0], date(r[1])));
              return latest;
            });
  }

  static LocalDate date(Object value) {
    return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
  }

  static OffsetDateTime time(Object value) {
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(java.time.ZoneOffset.UTC);
    }
    return (OffsetDateTime) value;
  }
}
