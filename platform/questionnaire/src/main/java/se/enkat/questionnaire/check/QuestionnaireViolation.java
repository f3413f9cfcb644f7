package se.enkat.questionnaire.check;

/** One problem in a questionnaire: the JSON path of the field at fault and what is wrong. */
public record QuestionnaireViolation(String field, String message) {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
