package se.enkat.validation.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.RoundOpened.QuestionnaireRef;
import se.enkat.messaging.sql.NativeSql;
import se.enkat.validation.domain.RoundContexts.AnnouncedMember;

/**
 * Rounds and their populations as learnt from round.opened. Every method runs in the caller's
 * session (and transaction).
 */
@ApplicationScoped
public class RoundRepository {

  /** A stored round: what rebuilding its {@code RoundContext} after a restart needs. */
  public record StoredRound(
      String round, QuestionnaireRef ref, String questionnaire, List<AnnouncedMember> members) {}

  // Submissions take the round's lock shared, round.opened exclusive: a submission parked
  // concurrently with the round's arrival is either seen by the round's transaction or sees the
  // round itself, never neither.
  private static final String LOCK_SHARED =
      "select count(*) from (select pg_advisory_xact_lock_shared(hashtext(?1))) l";
  private static final String LOCK_EXCLUSIVE =
      "select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) l";
  private static final String INSERT =
      "insert into round (round_id, questionnaire_id, questionnaire_version, questionnaire,"
          + " opens_at, closes_at) values (?1, ?2, ?3, cast(cast(?4 as text) as jsonb), ?5, ?6)"
          + " on conflict do nothing";
  private static final String INSERT_MEMBERS =
      "insert into round_member (round_id, organisation, organisation_type, county) values";
  private static final String MEMBER = "(?, ?, ?, cast(? as text))";
  private static final String FIND =
      "select questionnaire_id, questionnaire_version, cast(questionnaire as text)"
          + " from round where round_id = ?1";
  private static final String MEMBERS =
      "select organisation, organisation_type, county from round_member where round_id = ?1";
  private static final String EXISTS = "select count(*) from round where round_id = ?1";
  private static final String CLOSE =
      "update round set closed_at = ?2, revisions_received = ?3 where round_id = ?1";

  public Uni<Void> lockShared(String round) {
    return single(LOCK_SHARED, round).replaceWithVoid();
  }

  public Uni<Void> lockExclusive(String round) {
    return single(LOCK_EXCLUSIVE, round).replaceWithVoid();
  }

  /** Emits false when the round was already stored (a second announcement changes nothing). */
  public Uni<Boolean> insert(RoundOpened opened, String questionnaireJson) {
    return NativeSql.update(
            INSERT,
            opened.round(),
            opened.questionnaireRef().id(),
            opened.questionnaireRef().version(),
            questionnaireJson,
            opened.opensAt(),
            opened.closesAt())
        .map(inserted -> inserted == 1);
  }

  public Uni<Void> insertMembers(String round, List<AnnouncedMember> members) {
    List<Object[]> rows =
        members.stream().map(m -> new Object[] {round, m.code(), m.type(), m.county()}).toList();
    return NativeSql.insertAll(INSERT_MEMBERS, MEMBER, " on conflict do nothing", rows)
        .replaceWithVoid();
  }

  public Uni<Optional<StoredRound>> find(String round) {
    return NativeSql.first(FIND, round)
        .chain(
            row -> {
              if (row == null) {
                return Uni.createFrom().item(Optional.<StoredRound>empty());
              }
              QuestionnaireRef ref =
                  new QuestionnaireRef((String) row[0], ((Number) row[1]).intValue());
              return members(round)
                  .map(
                      members ->
                          Optional.of(new StoredRound(round, ref, (String) row[2], members)));
            });
  }

  private static Uni<List<AnnouncedMember>> members(String round) {
    return NativeSql.rows(MEMBERS, round)
        .map(
            rows ->
                rows.stream()
                    .map(
                        row ->
                            new AnnouncedMember((String) row[0], (String) row[1], (String) row[2]))
                    .toList());
  }

  public Uni<Boolean> exists(String round) {
    return single(EXISTS, round).map(count -> count > 0);
  }

  /** Emits false when the round is unknown. */
  public Uni<Boolean> close(String round, OffsetDateTime closedAt, long revisionsReceived) {
    return NativeSql.update(CLOSE, round, closedAt, revisionsReceived).map(updated -> updated == 1);
  }

  private static Uni<Long> single(String sql, String round) {
    return NativeSql.single(sql, Long.class, round);
  }
}
