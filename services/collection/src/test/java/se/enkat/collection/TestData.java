package se.enkat.collection;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.Questionnaires;

/**
 * Seeds and inspects the collection database directly, for tests whose caller (a respondent) cannot
 * set a round up through the admin API.
 */
@Singleton
public class TestData {

  public static final String QUESTIONNAIRE = "patientsakerhet-2025";

  private final AgroalDataSource db;

  TestData(AgroalDataSource db) {
    this.db = db;
  }

  /** A round id no other test uses. */
  public static String newRoundId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** An OPEN round of the 2025 questionnaire inviting these organisations. */
  public String openRound(String prefix, List<String> organisations) {
    String round = newRoundId(prefix);
    ensureQuestionnaire();
    update(
        "insert into survey_round (id, title, questionnaire_id, questionnaire_version, population,"
            + " opens_at, closes_at, status, created_at, opened_at)"
            + " values (?, '\"Seeded round\"', ?, 1, ?, date '2025-01-01', date '2099-12-31',"
            + " 'OPEN', now(), now())",
        round,
        QUESTIONNAIRE,
        "{\"organisations\":[\"" + String.join("\",\"", organisations) + "\"]}");
    update(
        "insert into round_invitation (round_id, organisation_code, name, type, county)"
            + " select ?, code, name, type, county from organisation where code = any(?)",
        round,
        organisations.toArray(String[]::new));
    return round;
  }

  public void closeRound(String round) {
    update("update survey_round set status = 'CLOSED', closed_at = now() where id = ?", round);
  }

  public void ensureQuestionnaire() {
    update(
        "insert into questionnaire_version (id, version, content) values (?, 1, ?)"
            + " on conflict do nothing",
        QUESTIONNAIRE,
        QuestionnaireJson.write(Questionnaires.patientsakerhet2025()));
  }

  public long revisions(String round) {
    return count("select count(*) from submission_revision where round_id = ?", round);
  }

  public long drafts(String round) {
    return count("select count(*) from submission_draft where round_id = ?", round);
  }

  /** Outbox rows whose key starts with the round id (its round and submission events). */
  public long outboxRows(String round) {
    return count(
        "select count(*) from outbox_event where event_key = ? or event_key like ?",
        round,
        round + "/%");
  }

  public long unsentOutboxRows(String key) {
    return count("select count(*) from outbox_event where event_key = ? and sent_at is null", key);
  }

  public String revisionStatus(String round, String organisation, int revision) {
    try (Connection c = db.getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select status from submission_revision"
                    + " where round_id = ? and organisation_code = ? and revision = ?")) {
      s.setString(1, round);
      s.setString(2, organisation);
      s.setInt(3, revision);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Moves an organisation's revisions, and the relaying of their events, {@code minutes} into the
   * past: as if they had waited that long for a verdict.
   */
  public void ageSubmissions(String round, String organisation, int minutes) {
    update(
        "update submission_revision set submitted_at = submitted_at - make_interval(mins => ?)"
            + " where round_id = ? and organisation_code = ?",
        minutes,
        round,
        organisation);
    update(
        "update outbox_event set sent_at = sent_at - make_interval(mins => ?)"
            + " where event_key = ? and event_type = 'submission.received'",
        minutes,
        round + "/" + organisation);
  }

  public long count(String sql, Object... parameters) {
    try (Connection c = db.getConnection();
        PreparedStatement s = prepare(c, sql, parameters);
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void update(String sql, Object... parameters) {
    try (Connection c = db.getConnection();
        PreparedStatement s = prepare(c, sql, parameters)) {
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PreparedStatement prepare(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object p = parameters[i];
      if (p instanceof String[] array) {
        s.setArray(i + 1, c.createArrayOf("text", array));
      } else {
        s.setObject(i + 1, p);
      }
    }
    return s;
  }
}
