package se.enkat.stack;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import se.enkat.servers.Ports;

/** The stack's port checks: fail fast before starting anything, and free ports for its tests. */
public final class StackPorts {

  private StackPorts() {}

  /** Throws {@link PortInUseException} for the first needed port that something already uses. */
  public static void requireFree(StackConfig config, Set<StackPort> needed) {
    for (StackPort port : needed) {
      int number = config.port(port);
      if (!Ports.isFree(number)) {
        throw new PortInUseException(port, number);
      }
    }
  }

  /** The same for the ports of second and later service instances. */
  public static void requireFreeInstances(StackConfig config) {
    for (ServiceSpec service : config.services()) {
      int number = config.port(service);
      if (service.instance() > 1 && !Ports.isFree(number)) {
        throw new PortInUseException(service, number);
      }
    }
  }

  /** Distinct free ports for all of the given stack ports. */
  public static Map<StackPort, Integer> freePorts(Set<StackPort> wanted) {
    Map<StackPort, Integer> ports = new EnumMap<>(StackPort.class);
    for (StackPort port : wanted) {
      int candidate = Ports.freePort();
      while (ports.containsValue(candidate)) {
        candidate = Ports.freePort();
      }
      ports.put(port, candidate);
    }
    return ports;
  }
}
