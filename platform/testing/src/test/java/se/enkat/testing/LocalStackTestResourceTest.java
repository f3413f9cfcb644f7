package se.enkat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;

class LocalStackTestResourceTest {

  @Test
  void givesARealDatabaseOwnedByTheNamedRole() throws Exception {
    LocalStackTestResource resource = new LocalStackTestResource();
    resource.init(Map.of("database", "testing_demo"));
    Map<String, String> config = resource.start();

    assertThat(config.get("quarkus.datasource.reactive.url"))
        .startsWith("vertx-reactive:postgresql://localhost:")
        .endsWith("/testing_demo");
    try (Connection connection =
            DriverManager.getConnection(
                config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
        Statement statement = connection.createStatement()) {
      statement.execute("create table if not exists probe (id int)");
      try (ResultSet row =
          statement.executeQuery(
              "select current_database(), tableowner from pg_tables where tablename = 'probe'")) {
        assertThat(row.next()).isTrue();
        assertThat(row.getString(1)).isEqualTo("testing_demo");
        assertThat(row.getString(2)).isEqualTo("testing_demo");
      }
    }
  }

  @Test
  void startingTwiceReusesTheSameServers() {
    LocalStackTestResource first = new LocalStackTestResource();
    first.init(Map.of("database", "testing_a"));
    LocalStackTestResource second = new LocalStackTestResource();
    second.init(Map.of("database", "testing_b"));

    Map<String, String> a = first.start();
    Map<String, String> b = second.start();

    assertThat(b.get("kafka.bootstrap.servers")).isEqualTo(a.get("kafka.bootstrap.servers"));
    assertThat(b.get("quarkus.datasource.jdbc.url"))
        .isEqualTo(a.get("quarkus.datasource.jdbc.url").replace("testing_a", "testing_b"));
  }

  @Test
  void createsThePlatformTopicsWithTheirPartitionCounts() throws Exception {
    String bootstrap = TestStack.get().kafkaBootstrap();
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      Map<String, TopicDescription> topics =
          admin
              .describeTopics(java.util.List.of("enkat.submissions.v1", "enkat.submissions.v1.dlq"))
              .allTopicNames()
              .get();
      assertThat(topics.get("enkat.submissions.v1").partitions()).hasSize(6);
      assertThat(topics.get("enkat.submissions.v1.dlq").partitions()).hasSize(1);
    }
  }

  @Test
  void kafkaClientReadsBackWhatItProducedWithHeaders() {
    String key = "round-" + UUID.randomUUID();
    try (KafkaTestClient kafka = KafkaTestClient.forTestStack()) {
      kafka.produce("enkat.rounds.v1", key, "{\"ok\":true}", Map.of("ce_type", "round.opened"));

      var found =
          kafka.await(
              "enkat.rounds.v1", record -> key.equals(record.key()), Duration.ofSeconds(30));

      assertThat(found).hasSize(1);
      assertThat(found.get(0).value()).isEqualTo("{\"ok\":true}");
      assertThat(found.get(0).header("ce_type")).isEqualTo("round.opened");
    }
  }
}
