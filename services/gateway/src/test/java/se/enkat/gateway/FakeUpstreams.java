package se.enkat.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the services behind the gateway, so routing, header passing, limits and upstream
 * failures can be tested in isolation (the end-to-end tests use the real services): "collection"
 * has three instances, one down and two that echo what they received (each naming itself in {@code
 * X-Instance}), "indicator" never answers in time, and "validation" points at a port nobody listens
 * on.
 */
public class FakeUpstreams implements QuarkusTestResourceLifecycleManager {

  private Vertx vertx;

  @Override
  public Map<String, String> start() {
    vertx = Vertx.vertx();
    HttpServer silent = vertx.createHttpServer().requestHandler(request -> {});
    int echoPort = await(echo("1").listen(0, "localhost")).actualPort();
    int secondEchoPort = await(echo("2").listen(0, "localhost")).actualPort();
    int silentPort = await(silent.listen(0, "localhost")).actualPort();
    return Map.of(
        "enkat.gateway.upstream.collection",
        "http://localhost:"
            + closedPort()
            + ",http://localhost:"
            + echoPort
            + ",http://localhost:"
            + secondEchoPort,
        "enkat.gateway.upstream.publication",
        "http://localhost:" + echoPort,
        "enkat.gateway.upstream.indicator",
        "http://localhost:" + silentPort,
        "enkat.gateway.upstream.validation",
        "http://localhost:" + closedPort());
  }

  private HttpServer echo(String instance) {
    return vertx
        .createHttpServer()
        .requestHandler(
            request ->
                request
                    .body()
                    .onSuccess(
                        body -> {
                          String etag = "\"v1\"";
                          if (etag.equals(request.getHeader("If-None-Match"))) {
                            request.response().setStatusCode(304).end();
                            return;
                          }
                          request
                              .response()
                              .putHeader("Content-Type", "application/json")
                              .putHeader("ETag", etag)
                              .putHeader("X-Instance", instance)
                              .putHeader(
                                  "X-Seen-Request-Id",
                                  String.valueOf(request.getHeader("X-Request-Id")))
                              .putHeader(
                                  "X-Seen-Authorization",
                                  String.valueOf(request.getHeader("Authorization")))
                              .setStatusCode(request.path().endsWith("/missing") ? 404 : 200)
                              .end(
                                  "{\"path\":\""
                                      + request.path()
                                      + "\",\"bytes\":"
                                      + body.length()
                                      + "}");
                        }));
  }

  @Override
  public void stop() {
    if (vertx != null) {
      await(vertx.close());
    }
  }

  private static <T> T await(io.vertx.core.Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int closedPort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
