package se.enkat.collection.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.enkat.collection.domain.RoundStatus;
import se.enkat.messaging.OutboxMessage;
import se.enkat.telemetry.TraceParent;

/**
 * A submit in one statement and one round trip ({@code submit_revision}, migration V7): locks,
 * numbers and stores the revision with its {@code submission.received} outbox row and audit line,
 * committed together, or stores nothing and says why.
 */
@ApplicationScoped
public class SubmitRepository {

  private static final String SUBMIT =
      "select outcome, round_status, last_day, revision_number from submit_revision("
          + "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,"
          + " $20, $21, $22)";

  private static final String EARLIER =
      "select answers, comments from submission_revision"
          + " where round_id = $1 and organisation_code = $2 and revision = $3";

  private final Pool pool;

  SubmitRepository(Pool pool) {
    this.pool = pool;
  }

  /** What is submitted, by whom, and the day it is where the round's dates are meant. */
  public record NewRevision(
      String round,
      String organisation,
      String key,
      LocalDate today,
      String answers,
      String comments,
      OffsetDateTime submittedAt,
      String submittedBy,
      boolean onBehalf,
      String actorSubject,
      String actorName) {}

  /** What the statement did; {@code revision} is the stored or the replayed one, else 0. */
  public record Outcome(Kind kind, RoundStatus status, LocalDate lastDay, int revision) {}

  /** The statement's outcomes; nothing is written unless STORED. */
  public enum Kind {
    UNKNOWN_ROUND,
    NOT_INVITED,
    REPLAYED,
    NOT_OPEN,
    STORED
  }

  /** Submits in a transaction of its own, with the revision's event rendered around its number. */
  public Uni<Outcome> submit(NewRevision revision, RevisionEvent event) {
    OutboxMessage message = event.message();
    TraceParent trace = TraceParent.current();
    Tuple values =
        Tuple.from(
            new Object[] {
              revision.round(),
              revision.organisation(),
              revision.key(),
              revision.today(),
              revision.answers(),
              revision.comments(),
              revision.submittedAt(),
              revision.submittedBy(),
              revision.onBehalf(),
              revision.actorSubject(),
              revision.actorName(),
              message.id(),
              message.topic(),
              message.key(),
              message.type(),
              message.source(),
              event.subjectHead(),
              message.time(),
              event.payloadHead(),
              event.payloadTail(),
              trace.traceparent(),
              trace.tracestate()
            });
    return pool.preparedQuery(SUBMIT).execute(values).map(rows -> outcome(rows.iterator().next()));
  }

  /** The answers and comments (JSON text) of an earlier revision, for a replayed key. */
  public Uni<String[]> answersOf(String round, String organisation, int revision) {
    return pool.preparedQuery(EARLIER)
        .execute(Tuple.of(round, organisation, revision))
        .map(
            rows -> {
              Row row = rows.iterator().next();
              return new String[] {row.getString("answers"), row.getString("comments")};
            });
  }

  private static Outcome outcome(Row row) {
    String status = row.getString("round_status");
    Integer number = row.getInteger("revision_number");
    return new Outcome(
        Kind.valueOf(row.getString("outcome").toUpperCase().replace('-', '_')),
        status == null ? null : RoundStatus.valueOf(status),
        row.getLocalDate("last_day"),
        number == null ? 0 : number);
  }
}
