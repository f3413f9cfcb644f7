package se.enkat.collection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.collection.domain.RoundStatus;
import se.enkat.collection.domain.SurveyRound;
import se.enkat.messaging.sql.NativeSql;

/** Survey rounds, and the row locks that order submissions against a round's lifecycle. */
@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<SurveyRound, String> {

  public Uni<List<SurveyRound>> all(RoundStatus status) {
    return status == null
        ? listAll(Sort.by("createdAt").and("id"))
        : list("status", Sort.by("createdAt").and("id"), status);
  }

  /** Rounds an organisation is invited to (only opened rounds have invitations). */
  public Uni<List<SurveyRound>> invitedTo(String organisation, RoundStatus status) {
    String invited =
        "id in (select i.roundId from RoundInvitation i where i.organisationCode = ?1)";
    return status == null
        ? list(invited, Sort.by("createdAt").and("id"), organisation)
        : list(invited + " and status = ?2", Sort.by("createdAt").and("id"), organisation, status);
  }

  /**
   * Locks the round against lifecycle changes until the transaction ends and reads its status (null
   * when unknown). Submissions take this lock, shared with each other; open and close take {@link
   * #lockForChange}, so a close waits for submissions in flight and counts them, and a submission
   * after it sees CLOSED.
   */
  public Uni<RoundStatus> lockForSubmission(String id) {
    return NativeSql.first("select status from survey_round where id = ?1 for key share", id)
        .map(row -> row == null ? null : RoundStatus.valueOf((String) row[0]));
  }

  /**
   * The last day an organisation may submit in a round: the later of the round's closing date and
   * the organisation's latest extension; null for an unknown round.
   */
  public Uni<java.time.LocalDate> closesAtFor(String id, String organisation) {
    return NativeSql.first(
            "select greatest(r.closes_at, (select e.closes_at from round_extension e"
                + " where e.round_id = r.id and e.organisation_code = ?2"
                + " order by e.id desc limit 1)) from survey_round r where r.id = ?1",
            id,
            organisation)
        .map(row -> row == null ? null : ExtensionRepository.date(row[0]));
  }

  /**
   * Locks the round exclusively until the transaction ends (open, close) and reads it; null when
   * unknown. Call it before anything else in the transaction reads the round.
   */
  public Uni<SurveyRound> lockForChange(String id) {
    return NativeSql.first("select id from survey_round where id = ?1 for update", id)
        .chain(row -> row == null ? Uni.createFrom().nullItem() : findById(id));
  }
}
