package se.enkat.demo;

/** The demo cannot go on: the message names the failing call and what it answered. */
public class DemoException extends RuntimeException {

  public DemoException(String message) {
    super(message);
  }

  public DemoException(String message, Throwable cause) {
    super(message, cause);
  }
}
