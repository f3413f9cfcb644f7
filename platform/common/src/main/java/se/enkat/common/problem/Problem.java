package se.enkat.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem document, the body of every error enkat returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type, String title, int status, String detail, List<Violation> violations) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One reason an input was refused: where, and why; {@code question} names the questionnaire
   * question it concerns, when there is one (questionnaire uploads).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Violation(String field, String message, String question) {

    public Violation(String field, String message) {
      this(field, message, null);
    }
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem(typeFor(status), title, status, detail, null);
  }

  public static Problem invalid(String detail, List<Violation> violations) {
    return new Problem(typeFor(400), "Invalid input", 400, detail, List.copyOf(violations));
  }

  /** Stable, documented type URIs: a client can switch on them without parsing titles. */
  static String typeFor(int status) {
    return switch (status) {
      case 400 -> "https://enkat.se/problems/invalid-input";
      case 401 -> "https://enkat.se/problems/unauthenticated";
      case 403 -> "https://enkat.se/problems/forbidden";
      case 404 -> "https://enkat.se/problems/not-found";
      case 405 -> "https://enkat.se/problems/method-not-allowed";
      case 406 -> "https://enkat.se/problems/not-acceptable";
      case 409 -> "https://enkat.se/problems/conflict";
      case 413 -> "https://enkat.se/problems/payload-too-large";
      case 415 -> "https://enkat.se/problems/unsupported-media-type";
      case 429 -> "https://enkat.se/problems/too-many-requests";
      case 502 -> "https://enkat.se/problems/bad-gateway";
      case 503 -> "https://enkat.se/problems/unavailable";
      case 504 -> "https://enkat.se/problems/gateway-timeout";
      default -> status >= 500 ? "https://enkat.se/problems/internal" : "about:blank";
    };
  }
}
