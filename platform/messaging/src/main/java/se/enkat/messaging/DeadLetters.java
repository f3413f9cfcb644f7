package se.enkat.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import se.enkat.common.events.Topics;

/**
 * Sends poison records of a batch consumer to their topic's dead-letter topic, as SmallRye's
 * dead-letter-queue strategy does for single records: same key, value and headers, plus the reason
 * and where the record came from. A batch consumer cannot use that strategy, which would send the
 * whole batch, good records included.
 */
@ApplicationScoped
public class DeadLetters {

  public static final String REASON = "dead-letter-reason";
  public static final String TOPIC = "dead-letter-topic";
  public static final String PARTITION = "dead-letter-partition";
  public static final String OFFSET = "dead-letter-offset";

  /** A record that can never be processed, and why. */
  public record DeadLetter(ConsumerRecord<String, String> record, String reason) {}

  private final OutboxProducer producer;

  DeadLetters(OutboxProducer producer) {
    this.producer = producer;
  }

  /** Completes when Kafka has acknowledged every dead letter (acks=all). */
  public Uni<Void> send(List<DeadLetter> letters) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (DeadLetter letter : letters) {
      chain = chain.chain(() -> send(letter));
    }
    return chain;
  }

  private Uni<Void> send(DeadLetter letter) {
    ConsumerRecord<String, String> record = letter.record();
    ProducerRecord<String, String> dead =
        new ProducerRecord<>(Topics.deadLetter(record.topic()), record.key(), record.value());
    for (Header header : record.headers()) {
      dead.headers().add(header);
    }
    header(dead, REASON, letter.reason() == null ? "unknown" : letter.reason());
    header(dead, TOPIC, record.topic());
    header(dead, PARTITION, Integer.toString(record.partition()));
    header(dead, OFFSET, Long.toString(record.offset()));
    return Uni.createFrom()
        .emitter(
            emitter ->
                producer
                    .get()
                    .send(
                        dead,
                        (metadata, failure) -> {
                          if (failure == null) {
                            emitter.complete(null);
                          } else {
                            emitter.fail(failure);
                          }
                        }));
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
