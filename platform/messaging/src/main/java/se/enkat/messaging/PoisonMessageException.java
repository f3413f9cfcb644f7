package se.enkat.messaging;

/** A message no retry can fix (undecodable, unknown type): it belongs on the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {

  public PoisonMessageException(String reason) {
    super(reason);
  }

  public PoisonMessageException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
