package se.enkat.gateway.proxy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests one service may have in progress through this gateway. Past the limit a request
 * is answered 503 with {@code Retry-After} at once and nothing is proxied, instead of joining a
 * queue that grows faster than the service drains it: an overloaded service then keeps answering
 * what it can in time, where a queue without bound made every request wait past its client's
 * patience, and the service spent itself on answers nobody read any more.
 */
final class Admission {

  /** Seconds a refused client is told to wait. */
  static final int RETRY_AFTER_SECONDS = 1;

  private final String service;
  private final int limit;
  private final AtomicInteger inProgress = new AtomicInteger();
  private final Counter refused;

  Admission(Upstream upstream, int limit, MeterRegistry meters) {
    this.service = upstream.name().toLowerCase(Locale.ROOT);
    this.limit = limit;
    this.refused =
        Counter.builder("enkat.gateway.refused.busy")
            .description("Requests answered 503 because the service had its limit in progress")
            .tag("service", service)
            .register(meters);
    Gauge.builder("enkat.gateway.in.progress", inProgress, AtomicInteger::get)
        .description("Requests in progress through the gateway, per service")
        .tag("service", service)
        .register(meters);
  }

  /**
   * Counts the request in until its response ends or its connection closes, and emits true; or
   * answers it 503 and emits false when the service already has its limit in progress.
   */
  boolean admit(RoutingContext context) {
    if (inProgress.incrementAndGet() > limit) {
      inProgress.decrementAndGet();
      refused.increment();
      context.response().putHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
      Problems.send(
          context.response(),
          503,
          "service-busy",
          "Service busy",
          "The "
              + service
              + " service has "
              + limit
              + " requests in progress; retry after "
              + RETRY_AFTER_SECONDS
              + " s.");
      return false;
    }
    context.addEndHandler(done -> inProgress.decrementAndGet());
    return true;
  }
}
