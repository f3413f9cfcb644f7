package se.enkat.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the services behind the gateway live, and how long the gateway waits for them. */
@ConfigMapping(prefix = "enkat.upstream")
public interface GatewayConfig {

  String collection();

  String validation();

  String indicator();

  String publication();

  /** How long to wait for an upstream to connect. */
  @WithDefault("2S")
  Duration connectTimeout();
}
