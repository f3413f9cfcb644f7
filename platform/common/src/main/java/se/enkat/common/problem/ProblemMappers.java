package se.enkat.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception a resource can throw into problem+json; never a stack trace. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
  private static final String RETRY_AFTER_SECONDS = "5";

  @ServerExceptionMapper
  public Response problem(ProblemException e) {
    return ProblemResponses.of(e.problem());
  }

  @ServerExceptionMapper
  public Response unauthenticated(UnauthorizedException e) {
    return ProblemResponses.of(
        Problem.of(401, "Unauthenticated", "A valid bearer token is required."));
  }

  @ServerExceptionMapper
  public Response authenticationFailed(AuthenticationFailedException e) {
    return ProblemResponses.of(
        Problem.of(401, "Unauthenticated", "The bearer token is missing, invalid or expired."));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e) {
    return ProblemResponses.of(
        Problem.of(403, "Forbidden", "The token does not grant access to this resource."));
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e) {
    List<Problem.Violation> violations =
        e.getConstraintViolations().stream()
            .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    return ProblemResponses.of(Problem.invalid("The request is not valid.", violations));
  }

  @ServerExceptionMapper
  public Response unreadableJson(JsonProcessingException e) {
    String field = e instanceof JsonMappingException m ? pathOf(m) : "$";
    String message =
        e instanceof MismatchedInputException mismatch
            ? mismatchMessage(mismatch)
            : e.getOriginalMessage();
    return ProblemResponses.of(
        Problem.invalid(
            "The request body is not valid JSON of the expected shape.",
            List.of(new Problem.Violation(field, message == null ? "unreadable" : message))));
  }

  /**
   * Wrong JSON types ({@code "opensAt": "1 maj"}, an array for an object). Declared on its own:
   * Quarkus' built-in mapper for this exact type would otherwise win over {@link #unreadableJson}
   * and answer without a problem body.
   */
  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException e) {
    return unreadableJson(e);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException e) {
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      LOG.error("Request failed", e);
    }
    return ProblemResponses.of(Problem.of(status, reasonOf(status), safeDetail(e, status)));
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e) {
    if (Outages.isOutage(e)) {
      // The database (or another part) is down or restarting: retry later, with the same
      // Idempotency-Key, and nothing is stored twice.
      LOG.warnf("Answering 503, a dependency is unavailable: %s", e);
      return Response.fromResponse(
              ProblemResponses.of(
                  Problem.of(
                      503,
                      "Service unavailable",
                      "A part of the platform is unavailable for a moment; nothing was changed."
                          + " Retry after the time in Retry-After.")))
          .header("Retry-After", RETRY_AFTER_SECONDS)
          .build();
    }
    LOG.error("Unexpected failure", e);
    return ProblemResponses.of(
        Problem.of(500, "Internal error", "The request could not be completed; it was logged."));
  }

  /**
   * What a value of the wrong JSON type should have been, in the client's terms ("must be an object
   * {sv, en}"), never Jackson's own message: that names the server's Java classes.
   */
  static String mismatchMessage(MismatchedInputException e) {
    if (e instanceof PropertyBindingException unknown) {
      return "is not a field of this request";
    }
    String expected = "must be " + expected(e.getTargetType());
    if (e instanceof InvalidFormatException format && format.getValue() != null) {
      return expected + "; got \"" + format.getValue() + '"';
    }
    return expected;
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another JSON type";
    }
    if (type == String.class || type == char.class || type == Character.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == LocalDate.class) {
      return "a date (YYYY-MM-DD)";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "a date and time (ISO 8601, e.g. 2026-05-01T12:00:00Z)";
    }
    if (type.isEnum()) {
      return "one of "
          + String.join(
              ", ", Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isRecord()) {
      return "an object {"
          + String.join(
              ", ", Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList())
          + "}";
    }
    return Map.class.isAssignableFrom(type) ? "an object" : "a value of another JSON type";
  }

  private static String reasonOf(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    return known == null ? "Error" : known.getReasonPhrase();
  }

  private static String safeDetail(WebApplicationException e, int status) {
    // Framework messages for 4xx are safe and useful ("HTTP 404 Not Found"); 5xx ones are not.
    return status < 500 && e.getMessage() != null ? e.getMessage() : reasonOf(status);
  }

  private static String fieldOf(ConstraintViolation<?> v) {
    // Path "submit.arg1.answers" -> "answers": the parameter part means nothing to a client.
    var nodes = StreamSupport.stream(v.getPropertyPath().spliterator(), false).toList();
    return nodes.size() <= 2
        ? nodes.get(nodes.size() - 1).toString()
        : String.join(".", nodes.subList(2, nodes.size()).stream().map(Object::toString).toList());
  }

  /** The JSON path ({@code $.sections[0].id}) of the field a Jackson mapping failure points at. */
  public static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
