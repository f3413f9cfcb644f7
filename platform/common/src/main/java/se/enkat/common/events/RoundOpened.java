package se.enkat.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;

/**
 * Data of {@code round.opened} (topic enkat.rounds.v1, key = round id): everything other services
 * need to judge and count the round's answers, so they never call back.
 *
 * @param questionnaire the full questionnaire version, as uploaded (API.md's Questionnaire)
 * @param population every invited organisation, resolved when the round opened
 */
public record RoundOpened(
    int schemaVersion,
    String round,
    JsonNode title,
    QuestionnaireRef questionnaireRef,
    JsonNode questionnaire,
    List<InvitedOrganisation> population,
    LocalDate opensAt,
    LocalDate closesAt) {

  public static final int SCHEMA_VERSION = 1;

  /** Which questionnaire version the round uses. */
  public record QuestionnaireRef(String id, int version) {}

  /** An organisation in the round's population. */
  public record InvitedOrganisation(String code, String name, String type, String county) {}
}
