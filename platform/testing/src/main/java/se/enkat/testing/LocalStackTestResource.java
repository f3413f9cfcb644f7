package se.enkat.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real PostgreSQL database and a real Kafka broker with the platform
 * topics. Use it with {@code @QuarkusTestResource(value = LocalStackTestResource.class, initArgs
 * = @ResourceArg(name = "database", value = "collection"))}: the database and its owner role
 * (password = name) are created if missing.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

  private String database = "enkat";

  @Override
  public void init(Map<String, String> initArgs) {
    database = initArgs.getOrDefault("database", database);
  }

  @Override
  public Map<String, String> start() {
    TestStack stack = TestStack.get();
    stack.ensureDatabase(database);
    String hostPortDb = stack.pgHost() + ":" + stack.pgPort() + "/" + database;
    return Map.of(
        "quarkus.datasource.reactive.url",
        "vertx-reactive:postgresql://" + hostPortDb,
        "quarkus.datasource.jdbc.url",
        "jdbc:postgresql://" + hostPortDb,
        "quarkus.datasource.username",
        database,
        "quarkus.datasource.password",
        database,
        "kafka.bootstrap.servers",
        stack.kafkaBootstrap(),
        // the servers are real ones: Dev Services must not start containers beside them
        "quarkus.datasource.devservices.enabled",
        "false",
        "quarkus.kafka.devservices.enabled",
        "false");
  }

  // The servers are shared by every test class in the JVM; a shutdown hook stops them.
  @Override
  public void stop() {}
}
