package se.enkat.messaging;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import se.enkat.telemetry.TraceParent;

/**
 * The Kafka hops of a trace: a producer span when the relay sends an outbox row (a child of the
 * trace stored with the row, its context put into the record's {@code traceparent} header beside
 * the CloudEvents attributes), and a consumer span around a consumer's effect (a child of that
 * header), current while the effect runs so that the events it writes to the outbox continue the
 * trace. With tracing off the spans record nothing and only the stored context is passed on.
 */
@ApplicationScoped
public class MessageSpans {

  static final AttributeKey<String> SYSTEM = AttributeKey.stringKey("messaging.system");
  static final AttributeKey<String> DESTINATION =
      AttributeKey.stringKey("messaging.destination.name");
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("messaging.operation.type");
  static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");
  static final AttributeKey<String> CONSUMER = AttributeKey.stringKey("enkat.consumer");
  static final AttributeKey<String> EVENT_TYPE = AttributeKey.stringKey("cloudevents.event_type");
  static final AttributeKey<Long> BATCH_SIZE =
      AttributeKey.longKey("messaging.batch.message_count");

  private final Tracer tracer;

  MessageSpans(Tracer tracer) {
    this.tracer = tracer;
  }

  /**
   * Starts the producer span of an outbox row's record and writes its context into the record's
   * headers; the caller ends it when Kafka answered. Invalid (and no header) without a stored
   * trace.
   */
  public Span send(ProducerRecord<String, String> record, TraceParent stored, String eventType) {
    if (stored.traceparent() == null) {
      return Span.getInvalid();
    }
    Context parent = stored.context();
    Span span =
        tracer
            .spanBuilder(record.topic() + " publish")
            .setSpanKind(SpanKind.PRODUCER)
            .setParent(parent)
            .setAttribute(SYSTEM, "kafka")
            .setAttribute(DESTINATION, record.topic())
            .setAttribute(OPERATION, "send")
            .setAttribute(EVENT_TYPE, eventType)
            .setAttribute(MESSAGE_ID, header(record.headers(), "ce_id"))
            .startSpan();
    TraceParent.of(parent.with(span))
        .writeTo(
            (name, value) -> {
              record.headers().remove(name);
              record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
            });
    return span;
  }

  /** Ends a producer span with the outcome of the send. */
  public static void sent(Span span, Exception failure) {
    if (failure != null) {
      span.recordException(failure);
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
  }

  /** Runs a consumer's effect for one record inside a consumer span continuing its trace. */
  public Uni<Void> consume(
      String consumer, ConsumerRecord<String, String> record, Supplier<Uni<Void>> effect) {
    Context parent = TraceParent.extract(name -> header(record.headers(), name));
    SpanBuilder builder =
        process(consumer, record.topic())
            .setParent(parent)
            .setAttribute(MESSAGE_ID, header(record.headers(), "ce_id"))
            .setAttribute(EVENT_TYPE, header(record.headers(), "ce_type"));
    return within(parent, builder, effect);
  }

  /**
   * Runs a batch consumer's effect inside one consumer span: a child of the first record's trace,
   * linked to the traces of the others.
   */
  public Uni<Void> consumeBatch(
      String consumer, List<ConsumerRecord<String, String>> records, Supplier<Uni<Void>> effect) {
    if (records.isEmpty()) {
      return effect.get();
    }
    Context parent = TraceParent.extract(name -> header(records.get(0).headers(), name));
    SpanBuilder builder =
        process(consumer, records.get(0).topic())
            .setParent(parent)
            .setAttribute(BATCH_SIZE, (long) records.size());
    for (ConsumerRecord<String, String> record : records.subList(1, records.size())) {
      var linked = Span.fromContext(TraceParent.extract(name -> header(record.headers(), name)));
      if (linked.getSpanContext().isValid()) {
        builder.addLink(linked.getSpanContext());
      }
    }
    return within(parent, builder, effect);
  }

  private SpanBuilder process(String consumer, String topic) {
    return tracer
        .spanBuilder(topic + " process")
        .setSpanKind(SpanKind.CONSUMER)
        .setAttribute(SYSTEM, "kafka")
        .setAttribute(DESTINATION, topic)
        .setAttribute(OPERATION, "process")
        .setAttribute(CONSUMER, consumer);
  }

  /**
   * The span is current on this Vert.x context from subscription until the effect terminates, so
   * everything the effect does there (its outbox rows included) belongs to it.
   */
  private static Uni<Void> within(Context parent, SpanBuilder builder, Supplier<Uni<Void>> effect) {
    return Uni.createFrom()
        .deferred(
            () -> {
              Span span = builder.startSpan();
              Scope scope = parent.with(span).makeCurrent();
              Uni<Void> work;
              try {
                work = effect.get();
              } catch (RuntimeException e) {
                scope.close();
                sent(span, e);
                throw e;
              }
              return work.onTermination()
                  .invoke(
                      (item, failure, cancelled) -> {
                        scope.close();
                        sent(span, failure instanceof Exception e ? e : null);
                      });
            });
  }

  static String header(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
