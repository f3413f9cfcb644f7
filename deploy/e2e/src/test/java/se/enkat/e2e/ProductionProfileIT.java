package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.enkat.servers.ChildProcess;
import se.enkat.servers.Ports;
import se.enkat.stack.ServiceProcess;
import se.enkat.stack.ServiceSpec;
import se.enkat.stack.StackConfig;

/**
 * A service started with the prod profile on the demo settings refuses to start and says which
 * settings to set (issue 20, acceptance 4); the same jar on the same settings runs in the stack
 * under the profile {@code local}.
 */
class ProductionProfileIT {

  @Test
  void aServiceWithTheProdProfileAndTheDemoSecretRefusesToStartNamingTheSettings()
      throws Exception {
    StackConfig config = E2eStack.get();
    ServiceSpec validation = ServiceSpec.of(config.root(), "validation");
    ChildProcess process =
        ServiceProcess.launch(
            config,
            validation,
            "validation-prod-profile",
            Map.of(
                "QUARKUS_PROFILE", "prod",
                "QUARKUS_HTTP_PORT", String.valueOf(Ports.freePort()),
                "QUARKUS_OIDC_CREDENTIALS_SECRET", "enkat-dashboard-secret"));
    try {
      boolean exited =
          process.launched().waitFor(Duration.ofMinutes(2).toMillis(), TimeUnit.MILLISECONDS);
      assertThat(exited).as("the service exits by itself").isTrue();
      assertThat(process.launched().exitValue()).isNotZero();
      String log = Files.readString(process.log());
      assertThat(log)
          .contains("enkat refuses to start with the prod profile and demo settings")
          .contains(
              "QUARKUS_OIDC_CREDENTIALS_SECRET is the demo value \"enkat-dashboard-secret\": set"
                  + " QUARKUS_OIDC_CREDENTIALS_SECRET")
          .contains(
              "QUARKUS_DATASOURCE_PASSWORD equals the user name QUARKUS_DATASOURCE_USERNAME: set"
                  + " QUARKUS_DATASOURCE_PASSWORD")
          .contains("set ENKAT_KEYCLOAK_URL to its https:// address");
      assertThat(log).doesNotContain("Listening on");
    } finally {
      process.stop(Duration.ofSeconds(10));
    }
  }
}
