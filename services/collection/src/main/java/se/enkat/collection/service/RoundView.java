package se.enkat.collection.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;

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
    OffsetDateTime closedAt) {}
