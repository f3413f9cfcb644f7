package se.enkat.collection.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.collection.domain.RoundStatus;
import se.enkat.collection.repository.InvitationRepository;
import se.enkat.collection.repository.RoundRepository;
import se.enkat.common.problem.ProblemException;

/**
 * Whether an organisation may write or read its submission in a round: the round exists (404), the
 * organisation is in its population (403), and for writes the round is OPEN (409).
 */
@ApplicationScoped
class SubmissionAccess {

  private final RoundRepository rounds;
  private final InvitationRepository invitations;
  private final RoundClock clock;

  SubmissionAccess(RoundRepository rounds, InvitationRepository invitations, RoundClock clock) {
    this.rounds = rounds;
    this.invitations = invitations;
    this.clock = clock;
  }

  /**
   * Locks the round against closing and the organisation's invitation against concurrent submits,
   * in the current transaction, and checks 404 and 403. Whether the round is OPEN is left to the
   * caller ({@link Checked#requireOpen}), since an idempotent replay is answered even after close.
   */
  Uni<Checked> lockForSubmission(String round, String organisation) {
    return rounds
        .lockForSubmission(round)
        .chain(
            status -> {
              if (status == null) {
                throw unknownRound(round);
              }
              return invitations
                  .lockForSubmission(round, organisation)
                  .map(
                      invited -> {
                        if (invited == null) {
                          // Only opened rounds have invitations: a DRAFT round is "not open".
                          new Checked(round, organisation, status, null, null).requireOpenNow();
                          throw notInvited(round, organisation);
                        }
                        return new Checked(
                            round, organisation, status, invited.closesAt(), clock.today());
                      });
            });
  }

  /** For reads: 404 for an unknown round; 403 (404 for an administrator) when not invited. */
  Uni<Void> requireInvited(Caller caller, String round, String organisation) {
    return rounds
        .findById(round)
        .chain(
            found -> {
              if (found == null) {
                throw unknownRound(round);
              }
              return invitations.find(round, organisation);
            })
        .invoke(
            invitation -> {
              if (invitation == null) {
                throw caller.admin()
                    ? ProblemException.notFound(
                        "Organisation " + organisation + " is not invited to round " + round + ".")
                    : notInvited(round, organisation);
              }
            })
        .replaceWithVoid();
  }

  static ProblemException unknownRound(String round) {
    return ProblemException.notFound("No round has the id " + round + ".");
  }

  static ProblemException notInvited(String round, String organisation) {
    return ProblemException.forbidden(
        "Organisation " + organisation + " is not in the population of round " + round + ".");
  }

  /**
   * A round whose existence and invitation were checked, with its status at lock time, the last day
   * the organisation may answer (its own extension or the round's closing date) and today.
   */
  record Checked(
      String round,
      String organisation,
      RoundStatus status,
      java.time.LocalDate closesAt,
      java.time.LocalDate today) {

    Uni<Void> requireOpen() {
      requireOpenNow();
      if (closesAt != null && today != null && today.isAfter(closesAt)) {
        throw ProblemException.conflict(
            "Round "
                + round
                + " closed for organisation "
                + organisation
                + " at the end of "
                + closesAt
                + ": answers are no longer accepted unless an administrator extends its"
                + " closing date.");
      }
      return Uni.createFrom().voidItem();
    }

    void requireOpenNow() {
      if (status != RoundStatus.OPEN) {
        throw ProblemException.conflict(
            "Round " + round + " is " + status + ": answers are accepted only while it is OPEN.");
      }
    }
  }
}
