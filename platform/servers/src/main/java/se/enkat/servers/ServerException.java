package se.enkat.servers;

/** A server could not start or be prepared; the message says which and why, with its log tail. */
public class ServerException extends RuntimeException {

  public ServerException(String message) {
    super(message);
  }

  public ServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
