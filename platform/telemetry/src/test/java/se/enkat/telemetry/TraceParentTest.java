package se.enkat.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceParentTest {

  private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN = "00f067aa0ba902b7";

  @Test
  void aSpansContextIsWrittenAsW3cTraceparentAndReadBack() {
    SpanContext span =
        SpanContext.create(
            TRACE, SPAN, TraceFlags.getSampled(), TraceState.builder().put("enkat", "x").build());
    TraceParent written = TraceParent.of(Context.root().with(Span.wrap(span)));
    assertThat(written.traceparent()).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");
    assertThat(written.tracestate()).isEqualTo("enkat=x");

    Map<String, String> headers = new LinkedHashMap<>();
    written.writeTo(headers::put);
    SpanContext read = Span.fromContext(TraceParent.extract(headers::get)).getSpanContext();
    assertThat(read.getTraceId()).isEqualTo(TRACE);
    assertThat(read.getSpanId()).isEqualTo(SPAN);
    assertThat(read.isSampled()).isTrue();
    assertThat(read.isRemote()).isTrue();
    assertThat(Span.fromContext(written.context()).getSpanContext().getSpanId()).isEqualTo(SPAN);
  }

  @Test
  void noTraceWritesNothingAndContinuesNothing() {
    TraceParent none = TraceParent.of(Context.root());
    assertThat(none).isEqualTo(TraceParent.NONE);
    Map<String, String> headers = new LinkedHashMap<>();
    none.writeTo(headers::put);
    assertThat(headers).isEmpty();
    assertThat(Span.fromContext(none.context()).getSpanContext().isValid()).isFalse();
    assertThat(Span.fromContext(TraceParent.extract(name -> "garbage")).getSpanContext().isValid())
        .isFalse();
  }
}
