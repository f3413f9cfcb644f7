package se.enkat.gateway.proxy;

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
 * one of its instances in turn ({@link UpstreamInstances}).
 */
@ApplicationScoped
public class ProxyRoutes {

  /** Runs after authentication and the rate limit. */
  public static final int ORDER = 1000;

  private final Map<Upstream, HttpProxy> proxies = new EnumMap<>(Upstream.class);

  ProxyRoutes(Vertx vertx, GatewayConfig config) {
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));
    GatewayConfig.Upstreams upstream = config.upstream();
    long timeout = config.responseTimeout().toMillis();
    proxies.put(Upstream.COLLECTION, proxy(client, upstream.collection(), timeout));
    proxies.put(Upstream.VALIDATION, proxy(client, upstream.validation(), timeout));
    proxies.put(Upstream.INDICATOR, proxy(client, upstream.indicator(), timeout));
    proxies.put(Upstream.PUBLICATION, proxy(client, upstream.publication(), timeout));
  }

  void install(@Observes Router router) {
    router.route("/api/v1/*").order(ORDER).handler(this::forward);
  }

  private void forward(RoutingContext context) {
    String path = context.request().path();
    RouteTable.route(path)
        .map(proxies::get)
        .ifPresentOrElse(
            proxy -> proxy.handle(context.request()),
            () ->
                Problems.send(
                    context.response(), 404, "not-found", "Not found", "No resource at " + path));
  }

  private static HttpProxy proxy(HttpClient client, String urls, long responseTimeoutMillis) {
    UpstreamInstances instances = UpstreamInstances.of(urls);
    HttpProxy proxy =
        HttpProxy.reverseProxy(client)
            .originRequestProvider(
                (request, httpClient) -> instances.request(httpClient, responseTimeoutMillis));
    proxy.addInterceptor(new TracePropagation());
    proxy.addInterceptor(new UpstreamFailures());
    return proxy;
  }
}
