package se.enkat.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import se.enkat.gateway.config.GatewayConfig;

/** Streams every {@code /api/v1} request to the service that owns its path (Vert.x HTTP proxy). */
@ApplicationScoped
public class ProxyRoutes {

  private final Map<Upstream, HttpProxy> proxies = new EnumMap<>(Upstream.class);

  ProxyRoutes(Vertx vertx, GatewayConfig config) {
    HttpClient client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true));
    proxies.put(Upstream.COLLECTION, proxy(client, config.collection()));
    proxies.put(Upstream.VALIDATION, proxy(client, config.validation()));
    proxies.put(Upstream.INDICATOR, proxy(client, config.indicator()));
    proxies.put(Upstream.PUBLICATION, proxy(client, config.publication()));
  }

  void install(@Observes Router router) {
    router.route("/api/v1/*").order(1000).handler(this::forward);
  }

  private void forward(RoutingContext context) {
    String path = context.request().path();
    RouteTable.route(path)
        .map(proxies::get)
        .ifPresentOrElse(
            proxy -> proxy.handle(context.request()),
            () ->
                Problems.send(
                    context.response(),
                    404,
                    "not-found",
                    "Not found",
                    "No resource at " + path + "."));
  }

  private static HttpProxy proxy(HttpClient client, String url) {
    URI uri = URI.create(url);
    HttpProxy proxy = HttpProxy.reverseProxy(client).origin(uri.getPort(), uri.getHost());
    proxy.addInterceptor(new UpstreamFailure());
    return proxy;
  }

  /** An upstream that cannot be reached gets a 502 problem, not an empty body. */
  private static final class UpstreamFailure implements ProxyInterceptor {
    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
      return context
          .sendRequest()
          .recover(
              error -> {
                ProxyResponse response =
                    context
                        .request()
                        .response()
                        .setStatusCode(502)
                        .putHeader("Content-Type", Problems.MEDIA_TYPE)
                        .setBody(
                            Body.body(
                                Problems.body(
                                    502,
                                    "bad-gateway",
                                    "Bad gateway",
                                    "The service behind this path is not reachable.")));
                return Future.succeededFuture(response);
              });
    }
  }
}
