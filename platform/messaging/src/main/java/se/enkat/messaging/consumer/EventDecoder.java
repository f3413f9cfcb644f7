package se.enkat.messaging.consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import se.enkat.messaging.PoisonMessageException;

/**
 * Reads event data into its contract record. Data that cannot be read, or that lacks what the
 * consumer requires, is a {@link PoisonMessageException}: no retry can fix it. Unknown fields are
 * ignored (schemas evolve additively) and timestamps keep the offset they were written with.
 */
public final class EventDecoder {

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private EventDecoder() {}

  /** The event's data as {@code type}; poison when it is not JSON of that shape, or null. */
  public static <T> T decode(String eventId, String data, Class<T> type) {
    T value;
    try {
      value = MAPPER.readValue(data, type);
    } catch (IOException e) {
      throw new PoisonMessageException(
          "event " + eventId + " is not a valid " + type.getSimpleName() + ": " + firstLine(e), e);
    }
    if (value == null) {
      throw new PoisonMessageException("event " + eventId + " has null data");
    }
    return value;
  }

  /** The mapping every consumer reads event data with. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Poison unless the condition holds; {@code what} says what is wrong. */
  public static void require(boolean condition, String eventId, String what) {
    if (!condition) {
      throw new PoisonMessageException("event " + eventId + ": " + what);
    }
  }

  /** Poison unless the text is present and not blank. */
  public static void requireText(String value, String eventId, String field) {
    require(value != null && !value.isBlank(), eventId, field + " is missing");
  }

  private static String firstLine(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
