package se.enkat.collection.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.messaging.sql.NativeSql;

/** Counts of an opened round's invitations and submissions per organisation type. */
@ApplicationScoped
public class ProgressRepository {

  // Per organisation: has it an accepted revision, and what was its latest verdict?
  private static final String PROGRESS =
      """
      select i.type,
             count(*) as invited,
             count(s.organisation_code) as submitted,
             count(*) filter (where s.accepted) as accepted,
             count(*) filter (where not s.accepted and s.latest_verdict = 'REJECTED') as rejected
      from round_invitation i
      left join (
          select organisation_code,
                 bool_or(status = 'ACCEPTED') as accepted,
                 (array_agg(status order by revision desc)
                     filter (where status <> 'RECEIVED'))[1] as latest_verdict
          from submission_revision
          where round_id = ?1
          group by organisation_code) s on s.organisation_code = i.organisation_code
      where i.round_id = ?1
      group by i.type
      order by i.type
      """;

  /** One row per type: type, invited, submitted, accepted, rejected. */
  public Uni<List<Row>> ofRound(String round) {
    return NativeSql.rows(PROGRESS, round)
        .map(
            rows ->
                rows.stream()
                    .map(
                        r ->
                            new Row(
                                (String) r[0],
                                ((Number) r[1]).longValue(),
                                ((Number) r[2]).longValue(),
                                ((Number) r[3]).longValue(),
                                ((Number) r[4]).longValue()))
                    .toList());
  }

  /** Counts for one organisation type. */
  public record Row(String type, long invited, long submitted, long accepted, long rejected) {}
}
