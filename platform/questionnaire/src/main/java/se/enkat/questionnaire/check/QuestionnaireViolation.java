package se.enkat.questionnaire.check;

/**
 * One problem in a questionnaire: the JSON path of the field at fault, what is wrong, and the id of
 * the question it concerns (null for a problem of the questionnaire or a section, or of a question
 * without an id).
 */
public record QuestionnaireViolation(String field, String message, String question) {

  public QuestionnaireViolation(String field, String message) {
    this(field, message, null);
  }

  /** The line {@code ./enkat check} prints: path, message and the question it concerns. */
  public String line() {
    return toString()
        + (question == null ? " (not about a question)" : " (question " + question + ")");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
