package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import se.enkat.stack.StackConfig;
import se.enkat.stack.Supervisor;

/**
 * Stops the validation service of the shared stack: its path answers 502 within a second while the
 * other services' paths keep working, and the supervisor starts it again. Ordered after every other
 * end-to-end class (junit-platform.properties).
 */
@Order(Integer.MAX_VALUE)
class ServiceOutageIT {

  private static final String SERVICE = "validation";
  private static final String SUMMARY = "/api/v1/rounds/outage-check/validation-summary";

  private static E2eHttp http;
  private static StackConfig stack;
  private static int restartsBefore;

  @BeforeAll
  static void setUp() {
    stack = E2eStack.get();
    http = new E2eHttp(stack);
    restartsBefore = E2eStack.supervisor().restartsOf(SERVICE);
  }

  @Test
  void aStoppedServiceGives502OnItsPathsWithinASecondWhileOtherPathsWork() throws Exception {
    String admin = http.userToken("admin");
    assertThat(http.call("GET", SUMMARY, admin, null).statusCode())
        .as("validation answers before it is stopped")
        .isEqualTo(404);

    ProcessHandle validation = ProcessHandle.of(pid(SERVICE)).orElseThrow();
    validation.destroy();
    validation.onExit().get(30, TimeUnit.SECONDS);

    long start = System.nanoTime();
    HttpResponse<String> down = http.call("GET", SUMMARY, admin, null);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(down.statusCode()).as(down.body()).isEqualTo(502);
    assertThat(down.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(down.body()).contains("\"status\":502");
    assertThat(millis).as("milliseconds until the 502").isLessThan(1000);
    assertThat(http.call("GET", "/api/v1/organisations/0180", admin, null).statusCode())
        .as("collection while validation is down")
        .isEqualTo(200);
  }

  /** The supervisor starts validation again, so the shared stack is whole for what still runs. */
  @AfterAll
  static void theSupervisorStartsValidationAgain() {
    Supervisor supervisor = E2eStack.supervisor();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (supervisor.restartsOf(SERVICE) <= restartsBefore) {
      assertThat(System.nanoTime()).as("validation restarted within 3 min").isLessThan(deadline);
      E2eHttp.sleep(Duration.ofMillis(250));
    }
    assertThat(ProcessHandle.of(pid(SERVICE)).map(ProcessHandle::isAlive))
        .as("the new pid file names a live process")
        .contains(true);
    assertThat(http.call("GET", SUMMARY, http.userToken("admin"), null).statusCode())
        .as("validation after the restart")
        .isEqualTo(404);
  }

  private static long pid(String service) {
    Path file = stack.pids().resolve(service + ".pid");
    try {
      return Long.parseLong(Files.readString(file).trim());
    } catch (IOException e) {
      throw new IllegalStateException("no pid file " + file, e);
    }
  }
}
