package se.enkat.gateway.proxy;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import se.enkat.gateway.config.GatewayConfig;

/**
 * Refuses a request body over the limit with 413 before anything is proxied. Bodies must declare
 * their length: a chunked body without one gets 411, because its size is only known after it has
 * been streamed to a service.
 */
@ApplicationScoped
public class BodyLimit {

  private final long maxBytes;

  BodyLimit(GatewayConfig config) {
    this.maxBytes = config.maxBodyBytes();
  }

  void install(@Observes Router router) {
    router.route("/api/v1/*").order(-2500).handler(this::check);
  }

  private void check(io.vertx.ext.web.RoutingContext context) {
    String length = context.request().getHeader("Content-Length");
    if (length != null && parse(length) > maxBytes) {
      context.response().putHeader("Connection", "close");
      Problems.send(
          context.response(),
          413,
          "payload-too-large",
          "Payload too large",
          "The request body is larger than " + maxBytes + " bytes.");
      return;
    }
    if (length == null && isChunked(context.request().getHeader("Transfer-Encoding"))) {
      Problems.send(
          context.response(),
          411,
          "length-required",
          "Length required",
          "Send the request body with a Content-Length header.");
      return;
    }
    context.next();
  }

  private static boolean isChunked(String transferEncoding) {
    return transferEncoding != null && transferEncoding.toLowerCase().contains("chunked");
  }

  private static long parse(String length) {
    try {
      return Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }
}
