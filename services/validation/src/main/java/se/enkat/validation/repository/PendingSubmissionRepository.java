package se.enkat.validation.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.messaging.sql.NativeSql;

/** Submissions parked until their round's round.opened arrives. Runs in the caller's session. */
@ApplicationScoped
public class PendingSubmissionRepository {

  /** A parked submission: the id of the event that brought it, and its data as received. */
  public record Parked(String eventId, String payload) {}

  // clock_timestamp(), not the transaction's now(): submissions parked by one transaction (a batch)
  // keep their order, which the round's arrival judges them in.
  private static final String INSERT_IN_ORDER =
      "insert into pending_submission"
          + " (event_id, round_id, organisation, revision, payload, parked_at)"
          + " values (?1, ?2, ?3, ?4, ?5, clock_timestamp()) on conflict do nothing";
  private static final String FOR_ROUND =
      "select event_id, payload from pending_submission where round_id = ?1"
          + " order by parked_at, event_id";
  private static final String DELETE_FOR_ROUND =
      "delete from pending_submission where round_id = ?1";
  private static final String COUNT_FOR_ROUND =
      "select count(*) from pending_submission where round_id = ?1";

  /** A submission to park: the id of its event, where it belongs, and its data as received. */
  public record ToPark(
      String eventId, String round, String organisation, int revision, String payload) {}

  /**
   * Parks submissions in list order, one statement each, so each is parked later than the one
   * before it even within one transaction.
   */
  public Uni<Void> parkAll(List<ToPark> submissions) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (ToPark p : submissions) {
      chain =
          chain.chain(
              () ->
                  NativeSql.update(
                          INSERT_IN_ORDER,
                          p.eventId(),
                          p.round(),
                          p.organisation(),
                          p.revision(),
                          p.payload())
                      .replaceWithVoid());
    }
    return chain;
  }

  public Uni<List<Parked>> forRound(String round) {
    return NativeSql.rows(FOR_ROUND, round)
        .map(rows -> rows.stream().map(r -> new Parked((String) r[0], (String) r[1])).toList());
  }

  public Uni<Integer> deleteForRound(String round) {
    return NativeSql.update(DELETE_FOR_ROUND, round);
  }

  public Uni<Long> countForRound(String round) {
    return NativeSql.single(COUNT_FOR_ROUND, Long.class, round);
  }
}
