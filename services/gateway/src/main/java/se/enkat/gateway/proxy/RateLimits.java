package se.enkat.gateway.proxy;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.enkat.gateway.config.GatewayConfig;

/**
 * Per-client rate limits (Bucket4j token buckets): keyed by the token's client and subject, or by
 * address for anonymous calls. Over the limit: 429 with Retry-After, nothing proxied.
 */
@ApplicationScoped
public class RateLimits {

  /** Past this many clients the buckets are reset, so the map cannot grow without bound. */
  private static final int MAX_CLIENTS = 100_000;

  private final GatewayConfig.RateLimit config;
  private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimits(GatewayConfig config) {
    this.config = config.rateLimit();
  }

  void install(@Observes Router router) {
    if (config.enabled()) {
      router.route("/api/v1/*").order(ProxyRoutes.ORDER - 10).handler(this::limit);
    }
  }

  private void limit(RoutingContext context) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.clear();
    }
    Bucket bucket = buckets.computeIfAbsent(clientKey(context), key -> newBucket());
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    if (probe.isConsumed()) {
      context.next();
      return;
    }
    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
    context.response().putHeader("Retry-After", Long.toString(seconds));
    Problems.send(
        context.response(),
        429,
        "too-many-requests",
        "Too many requests",
        "Rate limit exceeded; retry after " + seconds + " s.");
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(config.capacity())
                .refillGreedy(config.refillPerSecond(), Duration.ofSeconds(1))
                .build())
        .build();
  }

  static String clientKey(RoutingContext context) {
    if (context.user() instanceof QuarkusHttpUser user) {
      SecurityIdentity identity = user.getSecurityIdentity();
      if (!identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken token) {
        return "token:" + token.getClaim("azp") + "/" + token.getSubject();
      }
    }
    return "address:" + context.request().remoteAddress().host();
  }
}
