package se.enkat.stack;

/** A part of the stack could not start; the message says which and why. */
public class StackException extends RuntimeException {

  public StackException(String message) {
    super(message);
  }

  public StackException(String message, Throwable cause) {
    super(message, cause);
  }
}
