package se.enkat.validation.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.Outbox;
import se.enkat.validation.domain.Judge;
import se.enkat.validation.domain.Judgement;
import se.enkat.validation.domain.RoundContext;
import se.enkat.validation.messaging.ValidationEvents;
import se.enkat.validation.repository.VerdictRepository;

/**
 * Judges a submission and writes its verdict and outbox event, in the caller's transaction: both or
 * neither.
 */
@ApplicationScoped
public class VerdictRecorder {

  private static final Logger LOG = Logger.getLogger(VerdictRecorder.class);

  private final VerdictRepository verdicts;
  private final Outbox outbox;

  VerdictRecorder(VerdictRepository verdicts, Outbox outbox) {
    this.verdicts = verdicts;
    this.outbox = outbox;
  }

  public Uni<Void> judgeAndRecord(RoundContext round, String eventId, SubmissionReceived data) {
    Judgement verdict = Judge.judge(round, data);
    return verdicts
        .insert(verdict, round.questionnaireRef(), eventId)
        .chain(
            inserted -> {
              if (!inserted) {
                // Another event id for a revision already judged: the first verdict stands.
                LOG.warnf(
                    "Event %s repeats revision %d of %s/%s, already judged; ignored",
                    eventId, data.revision(), data.round(), data.organisation());
                return Uni.createFrom().voidItem();
              }
              return outbox.append(
                  ValidationEvents.data(verdict, round.questionnaireRef(), data.comments()));
            });
  }
}
