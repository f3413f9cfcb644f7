package se.enkat.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** Port checks: fail fast before starting anything, and find free ports for tests. */
public final class Ports {

  private Ports() {}

  /** Throws {@link PortInUseException} for the first needed port that something already uses. */
  public static void requireFree(StackConfig config, Set<StackPort> needed) {
    for (StackPort port : needed) {
      int number = config.port(port);
      if (!isFree(number)) {
        throw new PortInUseException(port, number);
      }
    }
  }

  /** The same for the ports of second and later service instances. */
  public static void requireFreeInstances(StackConfig config) {
    for (ServiceSpec service : config.services()) {
      int number = config.port(service);
      if (service.instance() > 1 && !isFree(number)) {
        throw new PortInUseException(service, number);
      }
    }
  }

  /** True when nothing listens on the port and we may bind it on the loopback address. */
  public static boolean isFree(int port) {
    if (isOpen(port)) {
      return false;
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** True when something accepts connections on localhost at this port. */
  public static boolean isOpen(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port the operating system reports free right now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  /** Distinct free ports for all of the given stack ports. */
  public static Map<StackPort, Integer> freePorts(Set<StackPort> wanted) {
    Map<StackPort, Integer> ports = new EnumMap<>(StackPort.class);
    for (StackPort port : wanted) {
      int candidate = freePort();
      while (ports.containsValue(candidate)) {
        candidate = freePort();
      }
      ports.put(port, candidate);
    }
    return ports;
  }
}
