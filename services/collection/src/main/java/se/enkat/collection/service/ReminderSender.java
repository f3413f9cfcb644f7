package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import se.enkat.collection.repository.ReminderRepository;
import se.enkat.collection.repository.ReminderRepository.Queued;
import se.enkat.messaging.CrashPoints;

/**
 * Sends a reminder's mails that are still QUEUED, one at a time: the SMTP server accepts a mail,
 * then the mail is marked SENT in its own transaction. A mail marked SENT is never sent again, so a
 * redelivered {@code reminder.requested} (a crash before the Kafka offset was committed) sends only
 * what was not sent. The one window left: a crash after the SMTP server accepted a mail and before
 * its SENT mark committed sends that mail once more, with the same Message-ID (docs).
 */
@ApplicationScoped
public class ReminderSender {

  /** Crash point: the SMTP server accepted a mail, its SENT mark is not committed yet. */
  public static final String AFTER_SEND = "reminder-after-send";

  /** Crash point: a mail is marked SENT, the rest of the reminder (and the offset) not yet. */
  public static final String AFTER_MARK = "reminder-after-mark";

  private static final Logger LOG = Logger.getLogger(ReminderSender.class);

  private final ReminderRepository reminders;
  private final ReactiveMailer mailer;
  private final CrashPoints crashPoints;

  ReminderSender(ReminderRepository reminders, ReactiveMailer mailer, CrashPoints crashPoints) {
    this.reminders = reminders;
    this.mailer = mailer;
    this.crashPoints = crashPoints;
  }

  /** Sends the reminder's queued mails; emits how many this call sent. */
  public Uni<Integer> send(UUID reminder) {
    return Panache.withSession(() -> reminders.queued(reminder))
        .chain(queued -> sendAll(reminder, queued, 0, 0));
  }

  private Uni<Integer> sendAll(UUID reminder, List<Queued> queued, int next, int sent) {
    if (next >= queued.size()) {
      return Uni.createFrom().item(sent);
    }
    Queued mail = queued.get(next);
    return mailer
        .send(
            Mail.withText(mail.email(), mail.subject(), mail.body())
                .addHeader("Message-ID", mail.messageId())
                .addHeader("X-Enkat-Reminder", reminder.toString()))
        .invoke(() -> crashPoints.reached(AFTER_SEND))
        .chain(() -> Panache.withTransaction(() -> reminders.markSent(reminder, mail.email())))
        .invoke(
            marked -> {
              LOG.infof(
                  "Reminder %s to %s of %s in %s sent (%s)",
                  reminder, mail.email(), mail.organisation(), mail.round(), mail.messageId());
              crashPoints.reached(AFTER_MARK);
            })
        .chain(marked -> sendAll(reminder, queued, next + 1, sent + (marked ? 1 : 0)));
  }
}
