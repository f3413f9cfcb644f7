package se.enkat.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import se.enkat.servers.Ports;
import se.enkat.servers.Readiness;

/**
 * Prints each recorded part of the stack with its pid, whether it lives, its health, and how often
 * the supervisor has restarted it (when last, and why).
 */
public final class StackStatus {

  private static final List<String> ORDER =
      List.of(
          "stack",
          "postgres",
          "kafka",
          "keycloak",
          "smtp",
          "collection",
          "validation",
          "indicator",
          "publication",
          "gateway");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private StackStatus() {}

  public static void print(StackConfig config, PrintStream out) throws IOException {
    Properties state = recordedState(config.home());
    StackConfig running = config.withPorts(recordedPorts(state));
    List<String> names = new ArrayList<>();
    for (String name : ORDER) {
      names.add(name);
      for (int instance = 2; instance <= StackConfig.MAX_INSTANCES; instance++) {
        names.add(ServiceSpec.partName(name, instance));
      }
    }
    names.removeIf(name -> !Files.exists(pidFile(config, name)));
    if (names.isEmpty()) {
      out.println("enkat: nothing is running (no pid files in " + config.pids() + ")");
      return;
    }
    Restarts restarts = new Restarts(config.home());
    out.printf(
        "%-12s %8s  %-5s  %-30s  %8s  %s%n",
        "PART", "PID", "ALIVE", "HEALTH", "RESTARTS", "LAST RESTART");
    for (String name : names) {
      long pid = Long.parseLong(Files.readString(pidFile(config, name)).trim());
      boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
      String health = alive ? health(running, state, name) : "-";
      Optional<Restarts.Entry> restarted = restarts.of(name);
      out.printf(
          "%-12s %8d  %-5s  %-30s  %8d  %s%n",
          name,
          pid,
          alive ? "yes" : "NO",
          health,
          restarted.map(Restarts.Entry::count).orElse(0),
          restarted.map(StackStatus::describe).orElse("-"));
    }
  }

  private static String describe(Restarts.Entry restart) {
    return TIME.format(restart.last()) + " (" + restart.cause() + ")";
  }

  private static String health(StackConfig config, Properties state, String name) {
    return switch (name) {
      case "stack" -> Files.exists(config.home().resolve("ready")) ? "ready" : "starting";
      case "postgres" -> up(Ports.isOpen(config.port(StackPort.POSTGRES)), "accepts connections");
      case "kafka" -> up(Ports.isOpen(config.port(StackPort.KAFKA)), "accepts connections");
      case "keycloak" ->
          up(
              Readiness.httpOk(
                  config.keycloakUrl() + "/realms/enkat/.well-known/openid-configuration"),
              "realm enkat answers");
      case "smtp" ->
          up(
              Readiness.httpOk(
                  "http://localhost:" + config.port(StackPort.SMTP_API) + "/api/service/readiness"),
              "SMTP :" + config.port(StackPort.SMTP) + ", API :" + config.port(StackPort.SMTP_API));
      default -> {
        String recorded = state.getProperty("port." + name);
        String base = name.replaceFirst("-[0-9]+$", "");
        int port =
            recorded != null
                ? Integer.parseInt(recorded)
                : config.port(StackPort.valueOf(base.toUpperCase(java.util.Locale.ROOT)));
        yield up(
            Readiness.httpOk("http://localhost:" + port + "/q/health/ready"),
            "/q/health/ready UP :" + port);
      }
    };
  }

  private static String up(boolean healthy, String what) {
    return healthy ? "UP (" + what + ")" : "DOWN";
  }

  private static Path pidFile(StackConfig config, String name) {
    return config.pids().resolve(name + ".pid");
  }

  private static Properties recordedState(Path home) throws IOException {
    Properties state = new Properties();
    Path file = home.resolve("stack.properties");
    if (Files.exists(file)) {
      try (Reader in = Files.newBufferedReader(file)) {
        state.load(in);
      }
    }
    return state;
  }

  private static Map<StackPort, Integer> recordedPorts(Properties state) {
    Map<StackPort, Integer> ports = new EnumMap<>(StackPort.class);
    for (StackPort port : StackPort.values()) {
      String value = state.getProperty(port.envVar());
      if (value != null) {
        ports.put(port, Integer.parseInt(value));
      }
    }
    return ports;
  }
}
