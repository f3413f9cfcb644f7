package se.enkat.demo;

/**
 * What a load run does: a ramp from a tenth of the rate up to {@code rate} submissions per second
 * over {@code rampSeconds}, then {@code rate} for {@code steadySeconds}; {@code invalidShare} of
 * them are meant to be rejected. Open loop: each request is due at its time whatever the answers
 * before it did, and its latency is counted from that time.
 */
record LoadPlan(double rate, int rampSeconds, int steadySeconds, double invalidShare) {

  LoadPlan {
    if (rate <= 0 || rampSeconds < 0 || steadySeconds <= 0) {
      throw new IllegalArgumentException("rate and steady seconds must be positive");
    }
    if (invalidShare < 0 || invalidShare > 1) {
      throw new IllegalArgumentException("the invalid share is between 0 and 1");
    }
  }

  /** When request {@code i} is due, in nanoseconds after the start. */
  long dueNanos(long i) {
    double start = rate / 10;
    double rampRequests = (start + rate) / 2 * rampSeconds;
    double seconds;
    if (i < rampRequests) {
      // rate(t) = start + (rate - start) t / ramp; requests(t) = start t + (rate - start) t² / 2
      // ramp
      double a = (rate - start) / (2.0 * rampSeconds);
      seconds = a == 0 ? i / start : (-start + Math.sqrt(start * start + 4 * a * i)) / (2 * a);
    } else {
      seconds = rampSeconds + (i - rampRequests) / rate;
    }
    return (long) (seconds * 1_000_000_000L);
  }

  /** How many requests the run sends. */
  long requests() {
    return (long) ((rate / 10 + rate) / 2 * rampSeconds + rate * steadySeconds);
  }

  /** True when request {@code i} is in the steady phase (the figures are about that phase). */
  boolean steady(long i) {
    return dueNanos(i) >= rampSeconds * 1_000_000_000L;
  }
}
