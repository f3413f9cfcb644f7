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
 * table and writes it to {@code target/benchmarks/gateway.md}.
 */
class GatewayOverheadBench {

  @Test
  void directAndThroughTheGatewaySideBySide() throws Exception {
    StackConfig stack = E2eStack.get();
    String path = System.getProperty("enkat.bench.path", "/api/v1/organisations/0180");
    GatewayOverhead.Result[] results =
        GatewayOverhead.run(
            stack.serviceUrl(StackPort.COLLECTION) + path,
            stack.serviceUrl(StackPort.GATEWAY) + path,
            GatewayOverhead.adminToken(stack.keycloakUrl()),
            Integer.getInteger("enkat.bench.warmup", 300),
            Integer.getInteger("enkat.bench.requests", 1500),
            Integer.getInteger("enkat.bench.pairs-per-second", 50));
    String report = GatewayOverhead.report(path, results);
    System.out.println(report);
    Path out = Path.of("target/benchmarks/gateway.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report + "\n");

    assertThat(results[0].errors()).as("direct errors").isZero();
    assertThat(results[1].errors()).as("gateway errors").isZero();
  }
}
