package se.enkat.validation.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.RoundOpened.QuestionnaireRef;
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
  private static final String INSERT_MEMBER_PREFIX =
      "insert into round_member (round_id, organisation, organisation_type, county) values ";
  private static final String FIND =
      "select questionnaire_id, questionnaire_version, cast(questionnaire as text)"
          + " from round where round_id = ?1";
  private static final String MEMBERS =
      "select organisation, organisation_type, county from round_member where round_id = ?1";
  private static final String EXISTS = "select count(*) from round where round_id = ?1";
  private static final String CLOSE =
      "update round set closed_at = ?2, revisions_received = ?3 where round_id = ?1";
  private static final int MEMBERS_PER_INSERT = 200;

  public Uni<Void> lockShared(String round) {
    return single(LOCK_SHARED, round).replaceWithVoid();
  }

  public Uni<Void> lockExclusive(String round) {
    return single(LOCK_EXCLUSIVE, round).replaceWithVoid();
  }

  /** Emits false when the round was already stored (a second announcement changes nothing). */
  public Uni<Boolean> insert(RoundOpened opened, String questionnaireJson) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INSERT)
                    .setParameter(1, opened.round())
                    .setParameter(2, opened.questionnaireRef().id())
                    .setParameter(3, opened.questionnaireRef().version())
                    .setParameter(4, questionnaireJson)
                    .setParameter(5, opened.opensAt())
                    .setParameter(6, opened.closesAt())
                    .executeUpdate())
        .map(inserted -> inserted == 1);
  }

  public Uni<Void> insertMembers(String round, List<AnnouncedMember> members) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (int from = 0; from < members.size(); from += MEMBERS_PER_INSERT) {
      List<AnnouncedMember> chunk =
          members.subList(from, Math.min(members.size(), from + MEMBERS_PER_INSERT));
      chain = chain.chain(() -> insertChunk(round, chunk));
    }
    return chain;
  }

  private Uni<Void> insertChunk(String round, List<AnnouncedMember> chunk) {
    StringBuilder sql = new StringBuilder(INSERT_MEMBER_PREFIX);
    for (int i = 0; i < chunk.size(); i++) {
      int p = i * 4;
      sql.append(i == 0 ? "" : ", ")
          .append("(?")
          .append(p + 1)
          .append(", ?")
          .append(p + 2)
          .append(", ?")
          .append(p + 3)
          .append(", cast(?")
          .append(p + 4)
          .append(" as text))");
    }
    sql.append(" on conflict do nothing");
    return Panache.getSession()
        .chain(
            session -> {
              var query = session.createNativeQuery(sql.toString());
              for (int i = 0; i < chunk.size(); i++) {
                AnnouncedMember m = chunk.get(i);
                query.setParameter(i * 4 + 1, round);
                query.setParameter(i * 4 + 2, m.code());
                query.setParameter(i * 4 + 3, m.type());
                query.setParameter(i * 4 + 4, m.county());
              }
              return query.executeUpdate();
            })
        .replaceWithVoid();
  }

  public Uni<Optional<StoredRound>> find(String round) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(FIND, Object[].class)
                    .setParameter(1, round)
                    .getResultList()
                    .chain(
                        rows -> {
                          if (rows.isEmpty()) {
                            return Uni.createFrom().item(Optional.<StoredRound>empty());
                          }
                          Object[] row = rows.get(0);
                          QuestionnaireRef ref =
                              new QuestionnaireRef((String) row[0], ((Number) row[1]).intValue());
                          return members(session, round)
                              .map(
                                  members ->
                                      Optional.of(
                                          new StoredRound(round, ref, (String) row[2], members)));
                        }));
  }

  private static Uni<List<AnnouncedMember>> members(
      org.hibernate.reactive.mutiny.Mutiny.Session session, String round) {
    return session
        .createNativeQuery(MEMBERS, Object[].class)
        .setParameter(1, round)
        .getResultList()
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
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(CLOSE)
                    .setParameter(1, round)
                    .setParameter(2, closedAt)
                    .setParameter(3, revisionsReceived)
                    .executeUpdate())
        .map(updated -> updated == 1);
  }

  private static Uni<Long> single(String sql, String round) {
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(sql, Long.class)
                    .setParameter(1, round)
                    .getSingleResult());
  }
}
