package se.enkat.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * For the fault campaign only: halts the JVM (as {@code kill -9} would) exactly between a commit
 * and the step after it, where a crash is most likely to lose or double an event: {@value
 * #RELAY_AFTER_ACK} (Kafka acknowledged, the outbox row not yet marked sent) and {@value
 * #CONSUMER_AFTER_COMMIT} (the effect committed, the Kafka offset not yet). Off unless {@code
 * enkat.crash-points} names points and {@code enkat.crash-points.markers} a directory of this
 * service's; each point halts the service once, leaving a marker file named after the point so that
 * the restarted service goes on.
 */
@ApplicationScoped
public class CrashPoints {

  public static final String RELAY_AFTER_ACK = "relay-after-ack";
  public static final String CONSUMER_AFTER_COMMIT = "consumer-after-commit";

  private static final Logger LOG = Logger.getLogger(CrashPoints.class);

  private final Set<String> armed;
  private final Optional<Path> markers;

  CrashPoints(
      @ConfigProperty(name = "enkat.crash-points") Optional<Set<String>> armed,
      @ConfigProperty(name = "enkat.crash-points.markers") Optional<Path> markers) {
    this.armed = armed.orElse(Set.of());
    this.markers = markers;
  }

  /** Halts here, once per service, if this point is armed. */
  public void reached(String point) {
    if (!armed.contains(point) || markers.isEmpty()) {
      return;
    }
    Path marker = markers.get().resolve(point);
    try {
      Files.createDirectories(markers.get());
      Files.createFile(marker);
    } catch (IOException e) {
      return; // already halted here once (or cannot mark it): go on
    }
    LOG.errorf("Crash point %s reached: halting now (marker %s)", point, marker);
    Runtime.getRuntime().halt(137);
  }
}
