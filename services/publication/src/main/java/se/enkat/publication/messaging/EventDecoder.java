package se.enkat.publication.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import se.enkat.messaging.PoisonMessageException;

/** Reads event data into its record; data that cannot be read is a poison message. */
@ApplicationScoped
public class EventDecoder {

  private final ObjectMapper json;

  EventDecoder(ObjectMapper json) {
    this.json = json;
  }

  public <T> T decode(String eventId, String data, Class<T> type) {
    T value;
    try {
      value = json.readValue(data, type);
    } catch (IOException e) {
      throw new PoisonMessageException(
          "event " + eventId + " is not a valid " + type.getSimpleName() + ": " + e.getMessage(),
          e);
    }
    if (value == null) {
      throw new PoisonMessageException("event " + eventId + " has null data");
    }
    return value;
  }

  /** Throws a poison-message failure unless the condition holds. */
  public static void require(boolean condition, String eventId, String what) {
    if (!condition) {
      throw new PoisonMessageException("event " + eventId + ": " + what);
    }
  }
}
