package se.enkat.messaging.consumer;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.enkat.common.events.EventJson;
import se.enkat.common.events.JsonObject;
import se.enkat.messaging.PoisonMessageException;

/**
 * Reads event data into its contract record and checks the record's constraints (its required
 * fields, declared on the record in {@code platform/common}): the one place every consumer's events
 * are checked. Data that cannot be read, or that lacks a required field, is a {@link
 * PoisonMessageException} naming every missing field at once: no retry can fix it. Unknown fields
 * are ignored (schemas evolve additively) and timestamps keep the offset they were written with.
 */
public final class EventDecoder {

  private static final Validator VALIDATOR =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();

  private EventDecoder() {}

  /**
   * The event's data as {@code type}; poison when it is not JSON of that shape, or lacks fields.
   */
  public static <T> T decode(String eventId, String data, Class<T> type) {
    T value = read(eventId, data, type);
    Set<ConstraintViolation<T>> violations = VALIDATOR.validate(value);
    if (!violations.isEmpty()) {
      throw new PoisonMessageException(
          "event " + eventId + ": data lacks required fields " + names(type, violations));
    }
    return value;
  }

  private static <T> T read(String eventId, String data, Class<T> type) {
    T value;
    try {
      value = EventJson.mapper().readValue(data, type);
    } catch (StreamReadException e) {
      throw new PoisonMessageException(
          "event " + eventId + ": not a valid " + type.getSimpleName() + ", data is not JSON", e);
    } catch (MismatchedInputException e) {
      throw e.getPath().isEmpty()
          ? new PoisonMessageException("event " + eventId + ": data is not a JSON object", e)
          : doesNotMatch(eventId, type, e);
    } catch (IOException e) {
      throw doesNotMatch(eventId, type, e);
    }
    if (value == null) {
      throw new PoisonMessageException("event " + eventId + ": data is not a JSON object");
    }
    return value;
  }

  private static PoisonMessageException doesNotMatch(String eventId, Class<?> type, IOException e) {
    return new PoisonMessageException(
        "event " + eventId + ": data does not match " + type.getSimpleName() + ": " + firstLine(e),
        e);
  }

  /**
   * The violated fields in the order the record declares them, e.g. {@code round, cells[3].level}.
   */
  private static <T> String names(Class<T> type, Set<ConstraintViolation<T>> violations) {
    List<String> components =
        type.isRecord()
            ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList()
            : List.of();
    return violations.stream()
        .map(EventDecoder::name)
        .sorted(
            Comparator.comparingInt((String name) -> components.indexOf(topLevel(name)))
                .thenComparing(Comparator.naturalOrder()))
        .distinct()
        .reduce((a, b) -> a + ", " + b)
        .orElse("");
  }

  private static String name(ConstraintViolation<?> violation) {
    StringBuilder name = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.isInIterable()) {
        name.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey());
        name.append(']');
      }
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        name.append(name.isEmpty() ? "" : ".").append(node.getName());
      }
    }
    return JsonObject.SHAPE.equals(violation.getMessageTemplate())
        ? name + " " + JsonObject.SHAPE
        : name.toString();
  }

  private static String topLevel(String name) {
    int end = name.length();
    for (char c : new char[] {'.', '[', ' '}) {
      int at = name.indexOf(c);
      end = at < 0 ? end : Math.min(end, at);
    }
    return name.substring(0, end);
  }

  private static String firstLine(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
