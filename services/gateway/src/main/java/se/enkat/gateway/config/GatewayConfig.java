package se.enkat.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the services behind the gateway live, how long to wait for them, and the limits. */
@ConfigMapping(prefix = "enkat.gateway")
public interface GatewayConfig {

  /** Base URLs of the services. */
  Upstreams upstream();

  /** How long to wait for an upstream to accept a connection. */
  @WithDefault("2S")
  Duration connectTimeout();

  /** How long to wait for an upstream's response headers before answering 504. */
  @WithDefault("30S")
  Duration responseTimeout();

  /** Largest request body accepted; larger ones get 413 before anything is proxied. */
  @WithDefault("1048576")
  long maxBodyBytes();

  /**
   * Requests one instance of a service may have in progress through the gateway (a service with
   * several instances may have this many per instance); past it, 503 with Retry-After. At the 500
   * submissions/s one collection carries on two cores, 256 is half a second of work: a garbage
   * collection or a checkpoint passes without refusals (128 refused some), and an overloaded
   * service still answers within about a second instead of queueing past its clients' patience.
   */
  @WithDefault("256")
  int maxInProgress();

  RateLimit rateLimit();

  /** Base URLs of the services; several instances of one comma-separated (round-robin). */
  interface Upstreams {
    String collection();

    String validation();

    String indicator();

    String publication();
  }

  /** Per-client token bucket: capacity requests at once, refilled at refillPerSecond. */
  interface RateLimit {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("200")
    long capacity();

    @WithDefault("100")
    long refillPerSecond();
  }
}
