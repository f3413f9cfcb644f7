package se.enkat.validation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.ProcessedEvents;
import se.enkat.messaging.consumer.EventDecoder;
import se.enkat.validation.domain.RoundContext;
import se.enkat.validation.domain.RoundContexts;
import se.enkat.validation.domain.RoundContexts.AnnouncedMember;
import se.enkat.validation.messaging.EventJson;
import se.enkat.validation.repository.PendingSubmissionRepository;
import se.enkat.validation.repository.RoundRepository;
import se.enkat.validation.service.VerdictRecorder.ToJudge;

/** Learns rounds from round.opened / round.closed, and judges submissions parked for them. */
@ApplicationScoped
public class RoundEventService {

  private static final Logger LOG = Logger.getLogger(RoundEventService.class);

  private final ProcessedEvents processedEvents;
  private final RoundRegistry registry;
  private final RoundRepository rounds;
  private final PendingSubmissionRepository pending;
  private final VerdictRecorder recorder;

  RoundEventService(
      ProcessedEvents processedEvents,
      RoundRegistry registry,
      RoundRepository rounds,
      PendingSubmissionRepository pending,
      VerdictRecorder recorder) {
    this.processedEvents = processedEvents;
    this.registry = registry;
    this.rounds = rounds;
    this.pending = pending;
    this.recorder = recorder;
  }

  /**
   * Stores the round and its population and judges every submission parked for it, all in one
   * transaction with the record of the event id; the compiled round is cached after the commit.
   *
   * <p>Fails with {@link se.enkat.validation.domain.InvalidRoundException} when the questionnaire
   * does not compile or the population is malformed, before anything is written.
   */
  public Uni<Void> open(String eventId, RoundOpened opened) {
    List<AnnouncedMember> members =
        opened.population().stream()
            .map(m -> new AnnouncedMember(m.code(), m.type(), m.county()))
            .toList();
    // Compiled before the transaction, so a broken questionnaire writes nothing.
    return compile(opened, members)
        .chain(
            context ->
                Panache.withTransaction(
                        () ->
                            processedEvents
                                .firstDelivery(SubmissionValidationService.CONSUMER, eventId)
                                .chain(
                                    first ->
                                        first ? store(opened, members, context) : skip(eventId)))
                    .invoke(
                        stored -> {
                          if (stored) {
                            registry.put(context);
                          }
                        }))
        .replaceWithVoid();
  }

  /**
   * Compiles on a worker thread: the first compilation loads the whole CEL runtime, too long for an
   * event loop. The result comes back on the caller's Vert.x context, where the transaction must
   * run.
   */
  private static Uni<RoundContext> compile(RoundOpened opened, List<AnnouncedMember> members) {
    Uni<RoundContext> compiled =
        Uni.createFrom()
            .item(
                () ->
                    RoundContexts.build(
                        opened.round(),
                        opened.questionnaireRef(),
                        opened.questionnaire(),
                        members));
    Context context = Vertx.currentContext();
    if (context == null) {
      return compiled;
    }
    return compiled
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .emitOn(command -> context.runOnContext(ignored -> command.run()));
  }

  private Uni<Boolean> store(RoundOpened opened, List<AnnouncedMember> members, RoundContext ctx) {
    return rounds
        .lockExclusive(opened.round())
        .chain(() -> rounds.insert(opened, EventJson.write(opened.questionnaire())))
        .chain(
            inserted -> {
              if (!inserted) {
                LOG.warnf(
                    "Round %s was announced before; the first announcement stands", opened.round());
                return Uni.createFrom().item(false);
              }
              return rounds
                  .insertMembers(opened.round(), members)
                  .chain(() -> judgeParked(ctx))
                  .replaceWith(true);
            });
  }

  private Uni<Void> judgeParked(RoundContext round) {
    return pending
        .forRound(round.round())
        .chain(
            parked -> {
              if (!parked.isEmpty()) {
                LOG.infof(
                    "Round %s arrived: judging %d parked submissions",
                    round.round(), parked.size());
              }
              // In the order they were parked: the revisions of one organisation in theirs.
              return recorder.judgeAndRecordAll(
                  parked.stream()
                      .map(
                          p ->
                              new ToJudge(
                                  round,
                                  p.eventId(),
                                  EventDecoder.decode(
                                      p.eventId(), p.payload(), SubmissionReceived.class)))
                      .toList());
            })
        .chain(() -> pending.deleteForRound(round.round()))
        .replaceWithVoid();
  }

  /** Records when the round closed; an unknown round is logged and otherwise ignored. */
  public Uni<Void> close(String eventId, RoundClosed closed) {
    return Panache.withTransaction(
        () ->
            processedEvents
                .firstDelivery(SubmissionValidationService.CONSUMER, eventId)
                .chain(
                    first ->
                        first
                            ? rounds
                                .close(
                                    closed.round(), closed.closedAt(), closed.revisionsReceived())
                                .invoke(
                                    known -> {
                                      if (!known) {
                                        LOG.warnf(
                                            "round.closed %s for round %s, which never opened here",
                                            eventId, closed.round());
                                      }
                                    })
                                .replaceWithVoid()
                            : skip(eventId).replaceWithVoid()));
  }

  private static Uni<Boolean> skip(String eventId) {
    LOG.debugf("Event %s was applied before; skipped", eventId);
    return Uni.createFrom().item(false);
  }
}
