package se.enkat.validation.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import se.enkat.common.events.EventData;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.Outbox;
import se.enkat.validation.domain.Judge;
import se.enkat.validation.domain.Judgement;
import se.enkat.validation.domain.RoundContext;
import se.enkat.validation.messaging.ValidationEvents;
import se.enkat.validation.repository.VerdictRepository;
import se.enkat.validation.repository.VerdictRepository.NewVerdict;
import se.enkat.validation.repository.VerdictRepository.RevisionKey;

/**
 * Judges submissions and writes their verdicts and outbox events, in the caller's transaction: all
 * or none. Verdicts are written and their events appended in the order the submissions came in, so
 * the revisions of one organisation are announced in their order.
 */
@ApplicationScoped
public class VerdictRecorder {

  /** A submission to judge by its round, and the id of the event that brought it. */
  public record ToJudge(RoundContext round, String eventId, SubmissionReceived data) {}

  private record Judged(ToJudge submission, Judgement verdict) {}

  private static final Logger LOG = Logger.getLogger(VerdictRecorder.class);

  private final VerdictRepository verdicts;
  private final Outbox outbox;

  VerdictRecorder(VerdictRepository verdicts, Outbox outbox) {
    this.verdicts = verdicts;
    this.outbox = outbox;
  }

  /** Judges each submission (pure computation), then writes every verdict and event at once. */
  public Uni<Void> judgeAndRecordAll(List<ToJudge> submissions) {
    if (submissions.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<Judged> judged = new ArrayList<>(submissions.size());
    Set<RevisionKey> seen = new HashSet<>();
    for (ToJudge s : submissions) {
      Judgement verdict = Judge.judge(s.round(), s.data());
      if (seen.add(RevisionKey.of(verdict))) {
        judged.add(new Judged(s, verdict));
      } else {
        ignored(s);
      }
    }
    List<NewVerdict> rows =
        judged.stream()
            .map(
                j ->
                    new NewVerdict(
                        j.verdict(),
                        j.submission().round().questionnaireRef(),
                        j.submission().eventId()))
            .toList();
    return verdicts
        .insertAll(rows)
        .chain(
            inserted -> {
              List<EventData> events = new ArrayList<>(judged.size());
              for (Judged j : judged) {
                if (inserted.contains(RevisionKey.of(j.verdict()))) {
                  events.add(
                      ValidationEvents.data(
                          j.verdict(),
                          j.submission().round().questionnaireRef(),
                          j.submission().data().comments()));
                } else {
                  ignored(j.submission());
                }
              }
              return outbox.appendAll(events);
            });
  }

  // Another event id for a revision already judged: the first verdict stands.
  private static void ignored(ToJudge s) {
    LOG.warnf(
        "Event %s repeats revision %d of %s/%s, already judged; ignored",
        s.eventId(), s.data().revision(), s.data().round(), s.data().organisation());
  }
}
