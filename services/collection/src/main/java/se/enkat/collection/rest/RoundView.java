package se.enkat.collection.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import se.enkat.collection.domain.Extension;

/** A survey round as the API shows it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RoundView(
    String id,
    JsonNode title,
    NewRound.QuestionnaireRef questionnaire,
    JsonNode population,
    LocalDate opensAt,
    LocalDate closesAt,
    String status,
    OffsetDateTime createdAt,
    OffsetDateTime openedAt,
    OffsetDateTime closedAt,
    NewRound.Schedule schedule,
    List<Extension> extensions) {

  /** The same round with these extensions, and the closing date that applies to the reader. */
  public RoundView with(List<Extension> shown, LocalDate applyingClosesAt) {
    return new RoundView(
        id,
        title,
        questionnaire,
        population,
        opensAt,
        applyingClosesAt,
        status,
        createdAt,
        openedAt,
        closedAt,
        schedule,
        shown);
  }
}
