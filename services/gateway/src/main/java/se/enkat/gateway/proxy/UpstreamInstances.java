package se.enkat.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;

/**
 * The instances of one service behind the gateway: requests go round-robin, and an instance that
 * does not accept the connection is skipped for the next one (nothing was sent to it yet, so this
 * is safe for every method, submissions included) and left out of the rotation for a while.
 */
public final class UpstreamInstances {

  private static final Logger LOG = Logger.getLogger(UpstreamInstances.class);

  /** How long an instance that refused a connection is left out before it is tried again. */
  static final long BENCH_NANOS = 5_000_000_000L;

  private final List<SocketAddress> origins;
  private final AtomicInteger next = new AtomicInteger();
  private final AtomicLongArray benchedUntil;
  private final LongSupplier clock;

  UpstreamInstances(List<SocketAddress> origins, LongSupplier clock) {
    if (origins.isEmpty()) {
      throw new IllegalArgumentException("a service needs at least one address");
    }
    this.origins = List.copyOf(origins);
    this.benchedUntil = new AtomicLongArray(origins.size());
    this.clock = clock;
  }

  /** From a comma-separated list of base URLs, e.g. {@code http://a:8081,http://b:8081}. */
  public static UpstreamInstances of(String urls) {
    List<SocketAddress> origins =
        Arrays.stream(urls.split(","))
            .map(String::trim)
            .filter(url -> !url.isEmpty())
            .map(URI::create)
            .map(uri -> SocketAddress.inetSocketAddress(uri.getPort(), uri.getHost()))
            .toList();
    return new UpstreamInstances(origins, System::nanoTime);
  }

  public int size() {
    return origins.size();
  }

  /**
   * The order to try the instances in for one request: the next in turn first, then the others;
   * benched instances go last (still tried when no other accepts).
   */
  List<Integer> order() {
    int start = Math.floorMod(next.getAndIncrement(), origins.size());
    long now = clock.getAsLong();
    List<Integer> ready = new ArrayList<>();
    List<Integer> benched = new ArrayList<>();
    for (int i = 0; i < origins.size(); i++) {
      int index = (start + i) % origins.size();
      (benchedUntil.get(index) - now > 0 ? benched : ready).add(index);
    }
    ready.addAll(benched);
    return ready;
  }

  /** Leaves the instance out of the rotation for {@link #BENCH_NANOS}. */
  void bench(int index) {
    benchedUntil.set(index, clock.getAsLong() + BENCH_NANOS);
  }

  /** Opens the request to the first instance, in {@link #order()}, that accepts the connection. */
  Future<HttpClientRequest> request(HttpClient client, long idleTimeoutMillis) {
    return attempt(client, idleTimeoutMillis, order(), 0);
  }

  private Future<HttpClientRequest> attempt(
      HttpClient client, long idleTimeoutMillis, List<Integer> order, int at) {
    int index = order.get(at);
    SocketAddress origin = origins.get(index);
    return client
        .request(new RequestOptions().setServer(origin).setIdleTimeout(idleTimeoutMillis))
        .onSuccess(request -> benchedUntil.set(index, 0))
        .recover(
            failure -> {
              bench(index);
              if (at + 1 >= order.size()) {
                return Future.failedFuture(failure);
              }
              LOG.warnf(
                  "Instance %s did not accept the connection (%s); trying the next one",
                  origin, failure.getMessage());
              return attempt(client, idleTimeoutMillis, order, at + 1);
            });
  }
}
