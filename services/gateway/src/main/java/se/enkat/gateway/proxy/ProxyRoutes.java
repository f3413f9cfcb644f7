package se.enkat.gateway.proxy;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.EnumMap;
import java.util.Map;
import se.enkat.gateway.config.GatewayConfig;

/**
 * Streams every {@code /api/v1} request to the service that owns its path (Vert.x HTTP proxy), to
 * one of its instances in turn ({@link UpstreamInstances}), while that service has fewer than its
 * limit of requests in progress ({@link Admission}).
 */
@ApplicationScoped
public class ProxyRoutes {

  /** Runs after authentication and the rate limit. */
  public static final int ORDER = 1000;

  private final Map<Upstream, Service> services = new EnumMap<>(Upstream.class);

  ProxyRoutes(Vertx vertx, GatewayConfig config, MeterRegistry meters) {
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
    GatewayConfig.Upstreams upstream = config.upstream();
    for (Upstream service : Upstream.values()) {
      String urls =
          switch (service) {
            case COLLECTION -> upstream.collection();
            case VALIDATION -> upstream.validation();
            case INDICATOR -> upstream.indicator();
            case PUBLICATION -> upstream.publication();
          };
      UpstreamInstances instances = UpstreamInstances.of(urls);
      services.put(
          service,
          new Service(
              proxy(client, instances, config.responseTimeout().toMillis()),
              new Admission(service, config.maxInProgress() * instances.size(), meters)));
    }
  }

  void install(@Observes Router router) {
    router.route("/api/v1/*").order(ORDER).handler(this::forward);
  }

  private void forward(RoutingContext context) {
    String path = context.request().path();
    RouteTable.route(path)
        .map(services::get)
        .ifPresentOrElse(
            service -> {
              if (service.admission().admit(context)) {
                service.proxy().handle(context.request());
              }
            },
            () ->
                Problems.send(
                    context.response(), 404, "not-found", "Not found", "No resource at " + path));
  }

  private static HttpProxy proxy(
      HttpClient client, UpstreamInstances instances, long responseTimeoutMillis) {
    HttpProxy proxy =
        HttpProxy.reverseProxy(client)
            .originRequestProvider(
                (request, httpClient) -> instances.request(httpClient, responseTimeoutMillis));
    proxy.addInterceptor(new TracePropagation());
    proxy.addInterceptor(new UpstreamFailures());
    return proxy;
  }

  /** A service's proxy and the limit of its requests in progress. */
  private record Service(HttpProxy proxy, Admission admission) {}
}
