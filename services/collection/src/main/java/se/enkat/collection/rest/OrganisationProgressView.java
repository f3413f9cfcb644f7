package se.enkat.collection.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One invited organisation's row in a round's progress list: where it stands, its latest revision,
 * the violations of a rejected latest revision, the closing date that applies to it, who reminded
 * it, and whether its latest revision was submitted by an administrator on its behalf.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OrganisationProgressView(
    Organisation organisation,
    String state,
    Integer revision,
    OffsetDateTime lastActivity,
    LocalDate closesAt,
    JsonNode violations,
    List<Reminder> reminders,
    boolean onBehalf) {

  /** SILENT: nothing saved; DRAFT: a draft only; then the state of its submission. */
  public enum State {
    SILENT,
    DRAFT,
    RECEIVED,
    REJECTED,
    ACCEPTED
  }

  /** Who the organisation is. */
  public record Organisation(String code, String name, String type, String county) {}

  /** One reminder sent to the organisation's respondents: when, and by whom. */
  public record Reminder(OffsetDateTime at, String by) {}
}
