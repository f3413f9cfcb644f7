package se.enkat.validation.domain;

/** A round announcement this service can never use: its questionnaire or population is broken. */
public class InvalidRoundException extends RuntimeException {

  public InvalidRoundException(String message) {
    super(message);
  }

  public InvalidRoundException(String message, Throwable cause) {
    super(message, cause);
  }
}
