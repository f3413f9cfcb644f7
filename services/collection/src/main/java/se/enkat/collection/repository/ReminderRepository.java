package se.enkat.collection.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.enkat.messaging.sql.NativeSql;

/** Reminders and their mails, one per respondent, each QUEUED until the SMTP server took it. */
@ApplicationScoped
public class ReminderRepository {

  private static final String MAILS_OF_ROUND =
      "select r.id, r.organisation_code, r.requested_at, r.requested_by,"
          + " m.email, m.name, m.message_id, m.status, m.sent_at"
          + " from reminder r join reminder_mail m on m.reminder_id = r.id"
          + " where r.round_id = ?1 order by r.requested_at, r.organisation_code, r.id, m.email";

  private static final String QUEUED =
      "select m.email, m.name, m.message_id, r.round_id, r.organisation_code, r.subject, r.body"
          + " from reminder_mail m join reminder r on r.id = m.reminder_id"
          + " where m.reminder_id = ?1 and m.status = 'QUEUED' order by m.email";

  /** One mail as stored, with its reminder. */
  public record MailRow(
      UUID reminder,
      String organisation,
      OffsetDateTime requestedAt,
      String requestedBy,
      String email,
      String name,
      String messageId,
      String status,
      OffsetDateTime sentAt) {}

  /** A mail still to send. */
  public record Queued(
      String email,
      String name,
      String messageId,
      String round,
      String organisation,
      String subject,
      String body) {}

  public Uni<Void> insertReminder(
      UUID id, String round, String organisation, String by, String subject, String body) {
    return update(
        "insert into reminder (id, round_id, organisation_code, requested_by, subject, body)"
            + " values (?1, ?2, ?3, ?4, ?5, ?6)",
        id,
        round,
        organisation,
        by,
        subject,
        body);
  }

  public Uni<Void> insertMail(UUID reminder, String email, String name, String messageId) {
    return update(
        "insert into reminder_mail (reminder_id, email, name, message_id) values (?1, ?2, ?3, ?4)",
        reminder,
        email,
        name,
        messageId);
  }

  /** Every mail of every reminder of a round, oldest reminder first. */
  public Uni<List<MailRow>> ofRound(String round) {
    return rows(MAILS_OF_ROUND, round)
        .map(
            rows ->
                rows.stream()
                    .map(
                        r ->
                            new MailRow(
                                (UUID) r[0],
                                (String) r[1],
                                ExtensionRepository.time(r[2]),
                                (String) r[3],
                                (String) r[4],
                                (String) r[5],
                                (String) r[6],
                                (String) r[7],
                                ExtensionRepository.time(r[8])))
                    .toList());
  }

  /** The reminder's mails not sent yet. */
  public Uni<List<Queued>> queued(UUID reminder) {
    return rows(QUEUED, reminder)
        .map(
            rows ->
                rows.stream()
                    .map(
                        r ->
                            new Queued(
                                (String) r[0],
                                (String) r[1],
                                (String) r[2],
                                (String) r[3],
                                (String) r[4],
                                (String) r[5],
                                (String) r[6]))
                    .toList());
  }

  /** Marks a mail sent; emits whether this call did (false when it already was). */
  public Uni<Boolean> markSent(UUID reminder, String email) {
    return NativeSql.update(
            "update reminder_mail set status = 'SENT', sent_at = now()"
                + " where reminder_id = ?1 and email = ?2 and status = 'QUEUED'",
            reminder,
            email)
        .map(n -> n == 1);
  }

  private static Uni<List<Object[]>> rows(String sql, Object parameter) {
    return NativeSql.rows(sql, parameter);
  }

  private static Uni<Void> update(String sql, Object... parameters) {
    return NativeSql.update(sql, parameters).replaceWithVoid();
  }
}
