package se.enkat.common.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Refuses to start a service with the {@code prod} profile (what {@code java -jar} runs unless told
 * otherwise) while it holds a demo setting ({@link DemoSettings}), before it consumes or relays
 * anything. The local stack runs the services with the profile {@code local}.
 */
@ApplicationScoped
public class ProductionSettingsCheck {

  private static final Logger LOG = Logger.getLogger(ProductionSettingsCheck.class);

  void onStart(@Observes @Priority(1) StartupEvent event) {
    if (LaunchMode.current() != LaunchMode.NORMAL || !ConfigUtils.getProfiles().contains("prod")) {
      return;
    }
    List<String> violations = DemoSettings.violations(settings(ConfigProvider.getConfig()));
    if (!violations.isEmpty()) {
      String message =
          "enkat refuses to start with the prod profile and demo settings"
              + " (docs/deploying.md, Secrets):\n  - "
              + String.join("\n  - ", violations)
              + "\n(the local stack and demos run with QUARKUS_PROFILE=local)";
      LOG.error(message);
      throw new IllegalStateException(message);
    }
  }

  private static Map<String, String> settings(Config config) {
    Map<String, String> settings = new HashMap<>();
    for (String name : config.getPropertyNames()) {
      if (DemoSettings.relevant(name)) {
        try {
          config.getOptionalValue(name, String.class).ifPresent(value -> settings.put(name, value));
        } catch (RuntimeException e) {
          // a setting whose expression does not resolve here is not a demo value
        }
      }
    }
    return settings;
  }
}
