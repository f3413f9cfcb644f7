package se.enkat.stack;

import se.enkat.servers.ServerException;

/** A part of the stack could not start; the message says which and why. */
public class StackException extends ServerException {

  public StackException(String message) {
    super(message);
  }

  public StackException(String message, Throwable cause) {
    super(message, cause);
  }
}
