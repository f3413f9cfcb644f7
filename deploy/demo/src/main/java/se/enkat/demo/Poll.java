package se.enkat.demo;

import java.time.Duration;
import java.util.function.Supplier;

/** Repeats a call with backoff (doubling up to a ceiling) until it gives a result or time is up. */
public final class Poll {

  private Poll() {}

  /** The first non-null result of {@code attempt}; throws naming {@code what} after the timeout. */
  public static <T> T until(String what, Duration timeout, Supplier<T> attempt) {
    return until(what, timeout, 2000, attempt);
  }

  /**
   * As {@link #until(String, Duration, Supplier)}, with pauses from 50 ms up to {@code maxPause}.
   */
  static <T> T until(String what, Duration timeout, long maxPause, Supplier<T> attempt) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long pause = 50;
    while (true) {
      T result = attempt.get();
      if (result != null) {
        return result;
      }
      if (System.nanoTime() > deadline) {
        throw new DemoException(what + ": no result after " + timeout.toSeconds() + " s");
      }
      Api.sleep(pause);
      pause = Math.min(maxPause, pause * 2);
    }
  }
}
