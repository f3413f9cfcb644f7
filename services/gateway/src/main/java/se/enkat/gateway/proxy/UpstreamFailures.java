package se.enkat.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Turns an upstream that cannot be reached into a 502 problem, and one that does not answer in time
 * into a 504 problem, instead of an empty body or a hanging client.
 */
final class UpstreamFailures implements ProxyInterceptor {

  private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    return context.sendRequest().recover(error -> Future.succeededFuture(failure(context, error)));
  }

  private static ProxyResponse failure(ProxyContext context, Throwable error) {
    boolean timeout = isTimeout(error);
    int status = timeout ? 504 : 502;
    LOG.warnf(
        "Upstream %s for %s %s: %s",
        timeout ? "timed out" : "unreachable",
        context.request().getMethod(),
        context.request().getURI(),
        error.toString());
    return context
        .request()
        .response()
        .setStatusCode(status)
        .putHeader("Content-Type", Problems.MEDIA_TYPE)
        .setBody(
            Body.body(
                timeout
                    ? Problems.body(
                        504,
                        "gateway-timeout",
                        "Gateway timeout",
                        "The service behind this path did not answer in time.")
                    : Problems.body(
                        502,
                        "bad-gateway",
                        "Bad gateway",
                        "The service behind this path is not reachable.")));
  }

  private static boolean isTimeout(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof TimeoutException
          || t.getClass().getSimpleName().contains("Timeout")
          || (t.getMessage() != null && t.getMessage().contains("timeout"))) {
        return true;
      }
    }
    return false;
  }
}
