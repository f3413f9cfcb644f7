package se.enkat.collection.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * The reminder e-mail: Swedish first, English below, plain text. Names the round (its title in each
 * language), the organisation and the closing date that applies to it.
 */
public final class ReminderTemplate {

  private ReminderTemplate() {}

  public static String subject(JsonNode title) {
    return "Påminnelse: " + text(title, "sv") + " / Reminder: " + text(title, "en");
  }

  public static String body(
      JsonNode title, String organisationName, String organisationCode, LocalDate closesAt) {
    return """
        Hej!

        %s (%s) har ännu inte lämnat in sina svar på enkäten "%s".
        Svaren behöver vara inskickade senast %s. Logga in i Enkät för att fortsätta där ni
        slutade eller skicka in era svar. Har ni redan skickat in? Då kan ni bortse från det här
        meddelandet.

        Vänliga hälsningar
        Enkät

        ---

        Hello,

        %s (%s) has not yet submitted its answers to the survey "%s".
        Please submit them by %s. Log in to Enkät to continue where you left off or to submit your
        answers. If you have already submitted, please disregard this message.

        Kind regards
        Enkät
        """
        .formatted(
            organisationName,
            organisationCode,
            text(title, "sv"),
            closesAt,
            organisationName,
            organisationCode,
            text(title, "en"),
            closesAt);
  }

  /** A title is a string or {sv, en}. */
  static String text(JsonNode title, String language) {
    if (title == null) {
      return "";
    }
    if (title.isTextual()) {
      return title.asText();
    }
    JsonNode text = title.path(language);
    return text.isTextual() ? text.asText() : title.path("sv").asText("");
  }
}
