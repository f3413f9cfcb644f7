package se.enkat.stack;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StackPortsTest {

  @Test
  void aTakenPortFailsNamingThePortAndTheVariableThatMovesIt() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      StackConfig config =
          StackConfig.fromEnvironment(
              Map.of("ENKAT_KEYCLOAK_PORT", String.valueOf(port)), Path.of("/repo"));

      assertThatThrownBy(() -> StackPorts.requireFree(config, Set.of(StackPort.KEYCLOAK)))
          .isInstanceOf(PortInUseException.class)
          .hasMessageContaining("Port " + port + " (Keycloak)")
          .hasMessageContaining("ENKAT_KEYCLOAK_PORT");
    }
  }
}
