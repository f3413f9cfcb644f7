package se.enkat.common.problem;

import java.util.List;

/**
 * Thrown by service code to answer with a problem: carries status, title, detail and violations.
 */
public class ProblemException extends RuntimeException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.detail(), null, false, false);
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  public static ProblemException notFound(String detail) {
    return new ProblemException(Problem.of(404, "Not found", detail));
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(Problem.of(409, "Conflict", detail));
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(Problem.of(403, "Forbidden", detail));
  }

  public static ProblemException invalid(String detail, List<Problem.Violation> violations) {
    return new ProblemException(Problem.invalid(detail, violations));
  }

  public static ProblemException invalid(String field, String message) {
    return invalid(message, List.of(new Problem.Violation(field, message)));
  }
}
