package se.enkat.messaging;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnknownServerException;

/**
 * Which send failures mean Kafka will never take a record, whatever the wait: too large for the
 * producer, the broker or the topic, not serialisable, or a topic name Kafka refuses. Everything
 * else (broker down, leader moving, time-outs) is retried by the relay.
 */
final class OutboxRejections {

  private OutboxRejections() {}

  static boolean isPermanent(Throwable error) {
    return error instanceof RecordTooLargeException
        || error instanceof RecordBatchTooLargeException
        || error instanceof SerializationException
        || error instanceof InvalidTopicException
        // the broker's answer to a record over the topic's max.message.bytes, as some versions
        // report it
        || (error instanceof UnknownServerException
            && error.getMessage() != null
            && error.getMessage().contains("too large"));
  }

  static String describe(Throwable error) {
    return error.getClass().getSimpleName() + ": " + error.getMessage();
  }
}
