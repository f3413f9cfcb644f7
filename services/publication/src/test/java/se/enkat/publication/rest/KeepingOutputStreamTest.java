package se.enkat.publication.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeepingOutputStreamTest {

  @Test
  void aSmallAnswerIsWrittenThroughAndKept() throws Exception {
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    KeepingOutputStream keeping = new KeepingOutputStream(response, 16);
    keeping.write('[');
    keeping.write("{\"n\":19}".getBytes(StandardCharsets.UTF_8));
    keeping.write(']');

    assertThat(response.toString(StandardCharsets.UTF_8)).isEqualTo("[{\"n\":19}]");
    assertThat(keeping.kept()).isEqualTo(response.toByteArray());
  }

  @Test
  void anAnswerPastTheLimitIsStillWrittenButNotKept() throws Exception {
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    KeepingOutputStream keeping = new KeepingOutputStream(response, 8);
    keeping.write("0123456".getBytes(StandardCharsets.UTF_8));
    keeping.write("789".getBytes(StandardCharsets.UTF_8));
    keeping.write('!');

    assertThat(response.toString(StandardCharsets.UTF_8)).isEqualTo("0123456789!");
    assertThat(keeping.kept()).isNull();
  }
}
