package se.enkat.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * A real OTLP/HTTP trace receiver for the end-to-end stack: the services' OpenTelemetry exporters
 * POST {@code ExportTraceServiceRequest} protobuf to {@code /v1/traces}, as to a collector. It
 * keeps the spans of the traces a test watches and counts the rest.
 */
final class OtlpReceiver implements AutoCloseable {

  /** One received span, with its service's {@code service.name} and its attributes as text. */
  record ReceivedSpan(
      String service,
      String traceId,
      String spanId,
      String parentSpanId,
      String name,
      Span.SpanKind kind,
      Map<String, String> attributes) {}

  private static final HexFormat HEX = HexFormat.of();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final Set<String> watched = ConcurrentHashMap.newKeySet();
  private final Map<String, List<ReceivedSpan>> spans = new ConcurrentHashMap<>();
  private final AtomicLong received = new AtomicLong();

  private OtlpReceiver(HttpServer server) {
    this.server = server;
  }

  static OtlpReceiver start() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      OtlpReceiver receiver = new OtlpReceiver(server);
      server.createContext("/", receiver::handle);
      server.setExecutor(receiver.executor);
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new IllegalStateException("the OTLP receiver could not start", e);
    }
  }

  /** The base URL an exporter is given; it posts to {@code /v1/traces} below it. */
  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Keeps the spans of this trace from now on. */
  void watch(String traceId) {
    watched.add(traceId);
  }

  List<ReceivedSpan> spans(String traceId) {
    return List.copyOf(spans.getOrDefault(traceId, List.of()));
  }

  /** How many spans arrived in all, watched or not. */
  long received() {
    return received.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!"POST".equals(exchange.getRequestMethod())
          || !exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      ExportTraceServiceRequest request;
      try (InputStream body = body(exchange)) {
        request = ExportTraceServiceRequest.parseFrom(body);
      } catch (IOException e) {
        exchange.sendResponseHeaders(400, -1);
        return;
      }
      keep(request);
      byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
      if (answer.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(answer);
        }
      }
    }
  }

  private static InputStream body(HttpExchange exchange) throws IOException {
    String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
    InputStream body = exchange.getRequestBody();
    return "gzip".equalsIgnoreCase(encoding) ? new GZIPInputStream(body) : body;
  }

  private void keep(ExportTraceServiceRequest request) {
    for (ResourceSpans resource : request.getResourceSpansList()) {
      String service = text(resource.getResource().getAttributesList()).get("service.name");
      for (ScopeSpans scope : resource.getScopeSpansList()) {
        for (Span span : scope.getSpansList()) {
          received.incrementAndGet();
          String traceId = HEX.formatHex(span.getTraceId().toByteArray());
          if (watched.contains(traceId)) {
            spans
                .computeIfAbsent(
                    traceId, id -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(
                    new ReceivedSpan(
                        service,
                        traceId,
                        HEX.formatHex(span.getSpanId().toByteArray()),
                        HEX.formatHex(span.getParentSpanId().toByteArray()),
                        span.getName(),
                        span.getKind(),
                        text(span.getAttributesList())));
          }
        }
      }
    }
  }

  private static Map<String, String> text(List<KeyValue> attributes) {
    Map<String, String> text = new LinkedHashMap<>();
    for (KeyValue attribute : attributes) {
      var value = attribute.getValue();
      text.put(
          attribute.getKey(),
          switch (value.getValueCase()) {
            case STRING_VALUE -> value.getStringValue();
            case INT_VALUE -> Long.toString(value.getIntValue());
            case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
            case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
            default -> value.toString();
          });
    }
    return text;
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
