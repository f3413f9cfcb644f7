package se.enkat.questionnaire.rules;

/** A rule that cannot be used: it does not compile or is not boolean. */
public final class InvalidRuleException extends Exception {

  public InvalidRuleException(String message) {
    super(message);
  }
}
