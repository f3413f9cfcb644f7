package se.enkat.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
    @NotBlank String round,
    JsonNode title,
    @NotNull @Valid QuestionnaireRef questionnaireRef,
    @JsonObject JsonNode questionnaire,
    @NotNull List<InvitedOrganisation> population,
    LocalDate opensAt,
    LocalDate closesAt)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  @Override
  public EventAddress address() {
    return EventAddress.round(EventKind.ROUND_OPENED, round);
  }

  /** Which questionnaire version the round uses. */
  public record QuestionnaireRef(@NotBlank String id, @Positive int version) {}

  /** An organisation in the round's population. */
  public record InvitedOrganisation(String code, String name, String type, String county) {}
}
