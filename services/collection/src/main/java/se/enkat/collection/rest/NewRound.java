package se.enkat.collection.rest;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;

/**
 * A round as an administrator creates it. Shape is checked by the annotations; the rest (title
 * form, population, dates, questionnaire) by the service (RoundRules).
 *
 * @param title a string or {@code {sv, en}}
 */
public record NewRound(
    @NotBlank
        @Pattern(
            regexp = NewRound.ID_PATTERN,
            message =
                "must be 1-100 letters, digits, '.', '-' or '_', starting with a letter or digit")
        String id,
    @NotNull JsonNode title,
    @NotNull @Valid QuestionnaireRef questionnaire,
    @NotNull Population population,
    @NotNull LocalDate opensAt,
    @NotNull LocalDate closesAt,
    Schedule schedule) {

  /** What a round id may look like. */
  public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

  /**
   * Whether the round opens by itself on {@code opensAt} and closes by itself after {@code
   * closesAt} (and every organisation's extension); both false when absent.
   */
  public record Schedule(Boolean autoOpen, Boolean autoClose) {

    public boolean opens() {
      return Boolean.TRUE.equals(autoOpen);
    }

    public boolean closes() {
      return Boolean.TRUE.equals(autoClose);
    }
  }

  /** Which questionnaire version the round sends. */
  public record QuestionnaireRef(@NotBlank String id, @NotNull @Positive Integer version) {}

  /** Who is invited: every organisation of some types, or a list of organisation codes. */
  public record Population(List<String> types, List<String> organisations) {}
}
