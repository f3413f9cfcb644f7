package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import se.enkat.collection.repository.RoundRepository;
import se.enkat.common.problem.ProblemException;
import se.enkat.messaging.sql.NativeSql;

/**
 * The audit trail of rounds: who did what, recorded in the transaction of the action (so an action
 * that rolls back leaves no line), and listed per round with filters.
 */
@ApplicationScoped
public class AuditService {

  private static final String INSERT =
      "insert into audit_event (round_id, action, organisation_code, detail, actor_subject,"
          + " actor_name, on_behalf) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

  private static final String OF_ROUND =
      "select action, organisation_code, detail, actor_subject, actor_name, on_behalf, at"
          + " from audit_event where round_id = ?1 order by id";

  private final RoundRepository rounds;

  AuditService(RoundRepository rounds) {
    this.rounds = rounds;
  }

  /** Records an action in the caller's current transaction. */
  public Uni<Void> record(
      Caller caller, String round, String action, String organisation, String detail) {
    boolean onBehalf = caller.admin() && action.startsWith("submission.");
    return NativeSql.update(
            INSERT, round, action, organisation, detail, caller.subject(), caller.name(), onBehalf)
        .replaceWithVoid();
  }

  /**
   * The round's actions, oldest first; {@code actor} matches the subject or (part of) the name,
   * {@code action} the action or its prefix ({@code submission} for every submission action).
   */
  @WithSession
  public Uni<List<Entry>> of(String round, String actor, String action) {
    return rounds
        .findById(round)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No round has the id " + round + "."))
        .chain(found -> NativeSql.rows(OF_ROUND, round))
        .map(
            rows ->
                rows.stream()
                    .map(AuditService::entry)
                    .filter(e -> e.matches(actor, action))
                    .toList());
  }

  private static Entry entry(Object[] r) {
    Object at = r[6];
    OffsetDateTime time =
        at instanceof java.time.Instant instant
            ? instant.atOffset(java.time.ZoneOffset.UTC)
            : (OffsetDateTime) at;
    return new Entry(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        new Actor((String) r[3], (String) r[4]),
        (Boolean) r[5],
        time);
  }

  /** Who acted: the token's subject and the name it gave. */
  public record Actor(String subject, String name) {}

  /** One action in a round. */
  public record Entry(
      String action,
      String organisation,
      String detail,
      Actor actor,
      boolean onBehalf,
      OffsetDateTime at) {

    boolean matches(String actorFilter, String actionFilter) {
      boolean actorOk =
          actorFilter == null
              || actorFilter.isBlank()
              || actorFilter.equals(actor.subject())
              || (actor.name() != null
                  && actor
                      .name()
                      .toLowerCase(Locale.ROOT)
                      .contains(actorFilter.trim().toLowerCase(Locale.ROOT)));
      boolean actionOk =
          actionFilter == null
              || actionFilter.isBlank()
              || action.equals(actionFilter)
              || action.startsWith(actionFilter + ".");
      return actorOk && actionOk;
    }
  }
}
