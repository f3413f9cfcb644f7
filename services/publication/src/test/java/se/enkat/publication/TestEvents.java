package se.enkat.publication;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestStack;

/**
 * Writes input events straight to the platform topics with the CloudEvents headers the outbox relay
 * writes, and waits until this service has applied them (its processed_event rows).
 */
final class TestEvents {

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final KafkaTestClient kafka = KafkaTestClient.forTestStack();
  private final List<String> sent = new ArrayList<>();

  /** Produces one event and returns its id. */
  String send(String topic, String key, String type, Object data) {
    String id = UUID.randomUUID().toString();
    produce(topic, key, json(data), headers(id, type));
    sent.add(id);
    return id;
  }

  void produce(String topic, String key, String value, Map<String, String> headers) {
    kafka.produce(topic, key, value, headers);
  }

  static Map<String, String> headers(String id, String type) {
    return EventHeaders.of(type).id(id).toMap();
  }

  KafkaTestClient kafka() {
    return kafka;
  }

  /** Waits until this service has applied every event sent so far. */
  void awaitApplied() {
    List<String> ids = List.copyOf(sent);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> applied(ids) == ids.size());
  }

  private static long applied(List<String> ids) throws SQLException {
    TestStack stack = TestStack.get();
    String url = "jdbc:postgresql://" + stack.pgHost() + ":" + stack.pgPort() + "/publication";
    try (Connection connection = DriverManager.getConnection(url, "publication", "publication");
        PreparedStatement statement =
            connection.prepareStatement(
                "select count(*) from processed_event where consumer = 'publication'"
                    + " and event_id = any(?)")) {
      statement.setArray(1, connection.createArrayOf("text", ids.toArray()));
      try (ResultSet rs = statement.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static String json(Object data) {
    try {
      return JSON.writeValueAsString(data);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
