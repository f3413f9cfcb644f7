package se.enkat.servers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits until a server answers, failing with its log tail when it dies or takes too long. */
public final class Readiness {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private Readiness() {}

  /** Polls {@code ready} until true; throws if {@code process} exits or time runs out. */
  public static void await(
      String what, ChildProcess process, Duration timeout, BooleanSupplier ready) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ready.getAsBoolean()) {
      if (process != null && !process.isAlive()) {
        throw new ServerException(
            what
                + " exited before it was ready. Last lines of "
                + process.log()
                + ":\n"
                + process.logTail(40));
      }
      if (System.nanoTime() > deadline) {
        String tail =
            process == null ? "" : " Last lines of " + process.log() + ":\n" + process.logTail(40);
        throw new ServerException(
            what + " was not ready within " + timeout.toSeconds() + " s." + tail);
      }
      sleep(Duration.ofMillis(250));
    }
  }

  /** True when a GET on {@code url} answers 200. */
  public static boolean httpOk(String url) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Waits {@code duration}; an interrupt ends the wait with a {@link ServerException}. */
  public static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerException("interrupted while waiting", e);
    }
  }
}
