package se.enkat.telemetry;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A W3C trace context ({@code traceparent}, {@code tracestate}) as text: what an outbox row keeps
 * of the request that wrote it, and what a Kafka record carries beside its CloudEvents attributes.
 * Both are null when no trace is active (tracing off, or no trace around the write).
 */
public record TraceParent(String traceparent, String tracestate) {

  public static final String TRACEPARENT = "traceparent";
  public static final String TRACESTATE = "tracestate";
  public static final TraceParent NONE = new TraceParent(null, null);

  private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

  /** The trace context current on this thread or Vert.x context. */
  public static TraceParent current() {
    return of(Context.current());
  }

  public static TraceParent of(Context context) {
    Map<String, String> carrier = new HashMap<>(2);
    W3C.inject(context, carrier, Map::put);
    return new TraceParent(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
  }

  /** The context this trace parent continues; the root context when there is none. */
  public Context context() {
    if (traceparent == null) {
      return Context.root();
    }
    return extract(name -> TRACEPARENT.equals(name) ? traceparent : tracestate);
  }

  /** The context carried in headers read by {@code header} (e.g. a Kafka record's). */
  public static Context extract(Function<String, String> header) {
    return W3C.extract(
        Context.root(),
        header,
        new TextMapGetter<>() {
          @Override
          public Iterable<String> keys(Function<String, String> carrier) {
            return List.of(TRACEPARENT, TRACESTATE);
          }

          @Override
          public String get(Function<String, String> carrier, String key) {
            return carrier == null ? null : carrier.apply(key);
          }
        });
  }

  /** Writes this trace context with {@code header} (name, value); nothing when there is none. */
  public void writeTo(BiConsumer<String, String> header) {
    if (traceparent != null) {
      header.accept(TRACEPARENT, traceparent);
      if (tracestate != null && !tracestate.isEmpty()) {
        header.accept(TRACESTATE, tracestate);
      }
    }
  }
}
