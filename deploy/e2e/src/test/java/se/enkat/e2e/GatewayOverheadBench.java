package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.enkat.e2e.bench.GatewayOverhead;
import se.enkat.stack.StackConfig;
import se.enkat.stack.StackPort;

/**
 * The gateway overhead benchmark against a fresh e2e stack. Not an IT (not run by {@code verify}):
 * run it with {@code ./mvnw -B -pl deploy/e2e verify -Dit.test=GatewayOverheadBench}. Prints the
 * report (steady state, fresh stack, p50 per window) and writes it to {@code
 * target/benchmarks/gateway.md}. Settings: {@code -Denkat.bench.warmup=300} (pairs discarded before
 * the fresh phase), {@code -Denkat.bench.requests=1500} (pairs measured per phase), {@code
 * -Denkat.bench.warmup-seconds=120} (from the first pair to the steady phase), {@code
 * -Denkat.bench.pairs-per-second=50}.
 */
class GatewayOverheadBench {

  @Test
  void directAndThroughTheGatewaySideBySide() throws Exception {
    StackConfig stack = E2eStack.get();
    String path = System.getProperty("enkat.bench.path", "/api/v1/organisations/0180");
    GatewayOverhead.Plan plan =
        new GatewayOverhead.Plan(
            Integer.getInteger("enkat.bench.warmup", 300),
            Integer.getInteger("enkat.bench.requests", 1500),
            Integer.getInteger("enkat.bench.warmup-seconds", 120),
            Integer.getInteger("enkat.bench.pairs-per-second", 50));
    GatewayOverhead.Report report =
        GatewayOverhead.run(
            stack.serviceUrl(StackPort.COLLECTION) + path,
            stack.serviceUrl(StackPort.GATEWAY) + path,
            GatewayOverhead.adminToken(stack.keycloakUrl()),
            plan);
    String text = GatewayOverhead.format(path, plan, report);
    System.out.println(text);
    Path out = Path.of("target/benchmarks/gateway.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, text + "\n");

    // every answer a 200, warm-up included: no 429 from the rate limit, no token expiring mid-run
    assertThat(report.fresh().errors()).as("errors in the fresh phase").isZero();
    assertThat(report.steady().errors()).as("errors in the steady phase").isZero();
    assertThat(report.unmeasuredErrors()).as("errors outside the measured phases").isZero();
  }
}
