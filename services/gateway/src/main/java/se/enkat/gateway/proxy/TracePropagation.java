package se.enkat.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import se.enkat.telemetry.TraceParent;

/**
 * Passes the gateway's trace on to the service: the proxied request carries the W3C {@code
 * traceparent} of the gateway's span instead of the client's, so the service's span is a child of
 * the gateway's. With tracing off the client's header (if any) passes through untouched.
 */
final class TracePropagation implements ProxyInterceptor {

  @Override
  public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
    TraceParent trace = TraceParent.current();
    if (trace.traceparent() != null) {
      MultiMap headers = context.request().headers();
      headers.remove(TraceParent.TRACESTATE);
      trace.writeTo(headers::set);
    }
    return context.sendRequest();
  }
}
