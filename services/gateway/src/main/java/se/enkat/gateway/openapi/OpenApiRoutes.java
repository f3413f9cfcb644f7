package se.enkat.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import se.enkat.gateway.config.GatewayConfig;
import se.enkat.gateway.proxy.Problems;
import se.enkat.gateway.proxy.ProxyRoutes;
import se.enkat.gateway.proxy.Upstream;

/**
 * {@code GET /api/v1/openapi}: one OpenAPI document of the public API, merged from the services'
 * own documents (their {@code /q/openapi}, on the internal ports). Open to anyone, like the web
 * app. Built on first request and kept for {@value #KEEP_MILLIS} ms; while a service does not
 * answer, the last complete document is served, or a 503 with Retry-After when there is none yet.
 */
@ApplicationScoped
public class OpenApiRoutes {

  public static final String PATH = "/api/v1/openapi";
  private static final long KEEP_MILLIS = 60_000;
  private static final Logger LOG = Logger.getLogger(OpenApiRoutes.class);

  private final HttpClient client;
  private final Map<Upstream, URI> upstreams = new EnumMap<>(Upstream.class);
  private final ObjectMapper json;
  private volatile Document current;

  /** The merged document, its ETag and when it was built. */
  private record Document(Buffer body, String etag, long builtAt) {}

  OpenApiRoutes(Vertx vertx, GatewayConfig config, ObjectMapper json) {
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions().setConnectTimeout((int) config.connectTimeout().toMillis()));
    this.json = json;
    GatewayConfig.Upstreams upstream = config.upstream();
    upstreams.put(Upstream.COLLECTION, firstOf(upstream.collection()));
    upstreams.put(Upstream.VALIDATION, firstOf(upstream.validation()));
    upstreams.put(Upstream.INDICATOR, firstOf(upstream.indicator()));
    upstreams.put(Upstream.PUBLICATION, firstOf(upstream.publication()));
  }

  // Every instance of a service serves the same description; while the first is down the last
  // complete document is served (see serve).
  private static URI firstOf(String urls) {
    return URI.create(urls.split(",")[0].trim());
  }

  void install(@Observes Router router) {
    router.get(PATH).order(ProxyRoutes.ORDER - 20).handler(this::serve);
  }

  private void serve(RoutingContext context) {
    Document known = current;
    if (known != null && System.currentTimeMillis() - known.builtAt() < KEEP_MILLIS) {
      send(context, known);
      return;
    }
    build()
        .onSuccess(
            document -> {
              current = document;
              send(context, document);
            })
        .onFailure(
            failure -> {
              LOG.warnf("OpenAPI document not rebuilt: %s", failure.getMessage());
              if (known != null) {
                send(context, known);
              } else {
                context.response().putHeader("Retry-After", "10");
                Problems.send(
                    context.response(),
                    503,
                    "unavailable",
                    "Service unavailable",
                    "The API description is put together from every service's own, and one of"
                        + " them does not answer yet. Try again in a few seconds.");
              }
            });
  }

  private void send(RoutingContext context, Document document) {
    String ifNoneMatch = context.request().getHeader("If-None-Match");
    context
        .response()
        .putHeader("ETag", '"' + document.etag() + '"')
        .putHeader("Cache-Control", "public, max-age=60");
    if (ifNoneMatch != null && ifNoneMatch.contains('"' + document.etag() + '"')) {
      context.response().setStatusCode(304).end();
      return;
    }
    context.response().putHeader("Content-Type", "application/json").end(document.body());
  }

  private Future<Document> build() {
    List<Future<JsonNode>> parts = new ArrayList<>();
    for (Upstream service : Upstream.values()) {
      parts.add(fetch(upstreams.get(service)));
    }
    return Future.all(parts)
        .map(
            all -> {
              Map<Upstream, JsonNode> documents = new EnumMap<>(Upstream.class);
              for (Upstream service : Upstream.values()) {
                documents.put(service, all.resultAt(service.ordinal()));
              }
              try {
                byte[] body =
                    json.writerWithDefaultPrettyPrinter()
                        .writeValueAsBytes(OpenApiMerge.merge(json, documents));
                return new Document(Buffer.buffer(body), etag(body), System.currentTimeMillis());
              } catch (Exception e) {
                throw new IllegalStateException("merging the OpenAPI documents failed", e);
              }
            });
  }

  private Future<JsonNode> fetch(URI upstream) {
    return client
        .request(
            new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.getHost())
                .setPort(upstream.getPort())
                .setURI("/q/openapi?format=json")
                .setTimeout(5_000))
        .compose(request -> request.send())
        .compose(
            response -> {
              if (response.statusCode() != 200) {
                return Future.failedFuture(
                    upstream + "/q/openapi answered " + response.statusCode());
              }
              return response.body();
            })
        .map(
            body -> {
              try {
                return json.readTree(body.getBytes());
              } catch (Exception e) {
                throw new IllegalStateException(upstream + "/q/openapi is not JSON", e);
              }
            });
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
