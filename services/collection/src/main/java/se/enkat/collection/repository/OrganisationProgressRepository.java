package se.enkat.collection.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import se.enkat.messaging.sql.NativeSql;

/** Where each invited organisation of an opened round stands: draft, latest revision, verdicts. */
@ApplicationScoped
public class OrganisationProgressRepository {

  private static final String ROWS =
      """
      select i.organisation_code, i.name, i.type, i.county,
             d.saved_at,
             l.revision, l.status, l.violations, l.submitted_at, l.validated_at,
             coalesce(a.accepted, false),
             (array_agg(j.status order by j.revision desc))[1] as latest_verdict,
             coalesce(l.on_behalf, false)
      from round_invitation i
      left join submission_draft d
             on d.round_id = i.round_id and d.organisation_code = i.organisation_code
      left join lateral (
          select r.revision, r.status, r.violations, r.submitted_at, r.validated_at, r.on_behalf
          from submission_revision r
          where r.round_id = i.round_id and r.organisation_code = i.organisation_code
          order by r.revision desc limit 1) l on true
      left join lateral (
          select bool_or(r.status = 'ACCEPTED') as accepted
          from submission_revision r
          where r.round_id = i.round_id and r.organisation_code = i.organisation_code) a on true
      left join submission_revision j
             on j.round_id = i.round_id and j.organisation_code = i.organisation_code
            and j.status <> 'RECEIVED'
      where i.round_id = ?1
      group by i.organisation_code, i.name, i.type, i.county, d.saved_at, l.revision, l.status,
               l.violations, l.submitted_at, l.validated_at, l.on_behalf, a.accepted
      order by i.organisation_code
      """;

  /** One row per invitation, by organisation code. */
  public Uni<List<Row>> ofRound(String round) {
    return NativeSql.rows(ROWS, round)
        .map(rows -> rows.stream().map(OrganisationProgressRepository::row).toList());
  }

  private static Row row(Object[] r) {
    return new Row(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        time(r[4]),
        r[5] == null ? null : ((Number) r[5]).intValue(),
        (String) r[6],
        (String) r[7],
        time(r[8]),
        time(r[9]),
        (Boolean) r[10],
        (String) r[11],
        (Boolean) r[12]);
  }

  private static OffsetDateTime time(Object value) {
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(java.time.ZoneOffset.UTC);
    }
    return (OffsetDateTime) value;
  }

  /**
   * One organisation: who it is, when it last saved a draft, its latest revision (number, status,
   * stored violations, times), whether any revision was accepted, and its latest verdict.
   */
  public record Row(
      String code,
      String name,
      String type,
      String county,
      OffsetDateTime draftSavedAt,
      Integer revision,
      String status,
      String violations,
      OffsetDateTime submittedAt,
      OffsetDateTime validatedAt,
      boolean accepted,
      String latestVerdict,
      boolean onBehalf) {}
}
