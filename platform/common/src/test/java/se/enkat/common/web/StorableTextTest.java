package se.enkat.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorableTextTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Body(Object answers, Object comments) {}

  @Test
  void findsNulInAnAnswerAndNamesItsQuestion() throws Exception {
    var body = new Body(JSON.readTree("{\"q1\":\"yes\",\"q2\":\"a\\u0000b\"}"), null);

    var found = StorableText.find(body).orElseThrow();

    assertThat(found.field()).isEqualTo("answers.q2");
    assertThat(found.problem()).contains("U+0000");
  }

  @Test
  void findsALoneSurrogateInACommentButAcceptsAWholeEmoji() throws Exception {
    var whole = new Body(JSON.readTree("{}"), JSON.readTree("{\"q1\":\"bra \\ud83d\\ude00\"}"));
    var lone = new Body(JSON.readTree("{}"), JSON.readTree("{\"q1\":\"bra \\ud83d\"}"));

    assertThat(StorableText.find(whole)).isEmpty();
    var found = StorableText.find(lone).orElseThrow();
    assertThat(found.field()).isEqualTo("comments.q1");
    assertThat(found.problem()).contains("lone surrogate (U+D83D)");
  }

  @Test
  void findsBadTextInFieldNamesListsMapsAndNestedRecords() throws Exception {
    assertThat(StorableText.find(JSON.readTree("{\"q\\u0000\":1}")).orElseThrow().field())
        .isEqualTo("q\\u0000");
    assertThat(StorableText.find(List.of("ok", "\udc00")).orElseThrow().field()).isEqualTo("[1]");
    assertThat(StorableText.find(Map.of("name", "a\u0000")).orElseThrow().field())
        .isEqualTo("name");
    assertThat(StorableText.find(new Body(new Body("x", "y\u0000"), null)).orElseThrow().field())
        .isEqualTo("answers.comments");
  }

  @Test
  void acceptsOrdinarySwedishTextNumbersAndNulls() throws Exception {
    var body =
        new Body(
            JSON.readTree("{\"q1\":\"Åtgärder för ökad säkerhet\",\"q2\":3.5,\"q3\":null}"),
            Map.of("q1", "rad 1\nrad 2\t–"));

    assertThat(StorableText.find(body)).isEmpty();
    assertThat(StorableText.problemOf("\ud83d\ude00")).isNull();
  }
}
