package se.enkat.indicator.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import se.enkat.indicator.domain.RoundState;
import se.enkat.messaging.sql.NativeSql;

/**
 * The round rows. Every write here returns the round's state and leaves its row locked until the
 * transaction ends: that lock is what applies the changes to one round one at a time.
 */
@ApplicationScoped
public class RoundRepository {

  private static final String STATE =
      " returning round_id, questionnaire is not null, revisions_received, verdicts_applied,"
          + " definitions_version, final_announced_at is not null";

  private static final String OPEN =
      "insert into round (round_id, questionnaire, title, opened_at, definitions_version)"
          + " values (?1, cast(cast(?2 as text) as jsonb), cast(cast(?3 as text) as jsonb), now(),"
          + " nextval('definitions_version')) on conflict (round_id) do update set"
          + " questionnaire = coalesce(round.questionnaire, excluded.questionnaire),"
          + " title = coalesce(round.title, excluded.title),"
          + " opened_at = coalesce(round.opened_at, excluded.opened_at),"
          + " definitions_version = excluded.definitions_version"
          + STATE;

  // As OPEN, but without the opening time: the round is only known (created, maybe in DRAFT).
  private static final String LEARN =
      "insert into round (round_id, questionnaire, title, definitions_version)"
          + " values (?1, cast(cast(?2 as text) as jsonb), cast(cast(?3 as text) as jsonb),"
          + " nextval('definitions_version')) on conflict (round_id) do update set"
          + " questionnaire = coalesce(round.questionnaire, excluded.questionnaire),"
          + " title = coalesce(round.title, excluded.title),"
          + " definitions_version = excluded.definitions_version"
          + STATE;

  private static final String CLOSE =
      "insert into round (round_id, closed_at, revisions_received) values (?1, ?2, ?3)"
          + " on conflict (round_id) do update set"
          + " closed_at = coalesce(round.closed_at, excluded.closed_at),"
          + " revisions_received = coalesce(round.revisions_received, excluded.revisions_received)"
          + STATE;

  private static final String COUNT_VERDICTS =
      "insert into round (round_id, verdicts_applied) values (?1, ?2)"
          + " on conflict (round_id) do update set"
          + " verdicts_applied = round.verdicts_applied + excluded.verdicts_applied"
          + STATE;

  private static final String LOCK =
      "select round_id, questionnaire is not null, revisions_received, verdicts_applied,"
          + " definitions_version, final_announced_at is not null from round"
          + " where round_id = ?1 for update";

  private static final String NEW_DEFINITIONS_VERSION =
      "update round set definitions_version = nextval('definitions_version') where round_id = ?1"
          + STATE;

  private static final String MARK_FINAL =
      "update round set final_announced_at = now()"
          + " where round_id = ?1 and final_announced_at is null";

  private static final String QUESTIONNAIRE =
      "select round_id, cast(questionnaire as text) from round where round_id = ?1";

  /** Records round.opened; the definitions version moves on, as defaults are about to change. */
  public Uni<RoundState> open(String round, JsonNode questionnaire, JsonNode title) {
    return state(
        NativeSql.rows(
            OPEN, round, questionnaire.toString(), title == null ? null : title.toString()));
  }

  /** Records a round learned from collection before its round.opened (see RoundDiscovery). */
  public Uni<RoundState> learn(String round, JsonNode questionnaire, JsonNode title) {
    return state(
        NativeSql.rows(
            LEARN, round, questionnaire.toString(), title == null ? null : title.toString()));
  }

  public Uni<RoundState> close(String round, OffsetDateTime closedAt, long revisionsReceived) {
    return state(NativeSql.rows(CLOSE, round, closedAt, revisionsReceived));
  }

  /** Adds newly applied verdicts (0 or 1) to the round's count, creating the row if need be. */
  public Uni<RoundState> countVerdicts(String round, long newVerdicts) {
    return state(NativeSql.rows(COUNT_VERDICTS, round, newVerdicts));
  }

  /** Locks an existing round; emits null for an unknown round. */
  public Uni<RoundState> lock(String round) {
    return state(NativeSql.rows(LOCK, round));
  }

  /** Locks an existing round and records that its definitions changed. */
  public Uni<RoundState> lockForNewDefinitions(String round) {
    return state(NativeSql.rows(NEW_DEFINITIONS_VERSION, round));
  }

  /** Emits true when this call marked the round final (false when it already was). */
  public Uni<Boolean> markFinal(String round) {
    return NativeSql.update(MARK_FINAL, round).map(n -> n == 1);
  }

  /** The questionnaire of a round as round.opened carried it; null when not opened. */
  public Uni<String> questionnaire(String round) {
    return NativeSql.rows(QUESTIONNAIRE, round)
        .map(rows -> rows.isEmpty() ? null : (String) rows.get(0)[1]);
  }

  private static Uni<RoundState> state(Uni<List<Object[]>> rows) {
    return rows.map(list -> list.isEmpty() ? null : toState(list.get(0)));
  }

  private static RoundState toState(Object[] row) {
    return new RoundState(
        (String) row[0],
        (Boolean) row[1],
        row[2] == null ? null : ((Number) row[2]).longValue(),
        ((Number) row[3]).longValue(),
        ((Number) row[4]).longValue(),
        (Boolean) row[5]);
  }
}
