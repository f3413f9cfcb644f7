package se.enkat.collection.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import se.enkat.common.problem.ProblemException;

class SubmissionBodyTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void absentCommentsBecomeAnEmptyObject() throws Exception {
    SubmissionBody body = SubmissionBody.checked(new SubmissionBody(json("{\"a\":\"yes\"}"), null));
    assertThat(body.comments().isObject()).isTrue();
    assertThat(body.comments().size()).isZero();
  }

  @Test
  void refusesAnswersThatAreNotAnObjectAndCommentsThatAreNotText() throws Exception {
    assertRefused(new SubmissionBody(json("[\"yes\"]"), null), "answers");
    assertRefused(new SubmissionBody(null, null), "answers");
    assertRefused(new SubmissionBody(json("{}"), json("{\"a\": 1}")), "comments.a");
    assertRefused(new SubmissionBody(json("{}"), json("\"note\"")), "comments");
  }

  @Test
  void theSameAnswersInAnotherKeyOrderAreTheSameBody() throws Exception {
    SubmissionBody body =
        SubmissionBody.checked(new SubmissionBody(json("{\"a\":\"yes\",\"b\":[\"x\"]}"), null));
    assertThat(body.sameAs(json("{\"b\":[\"x\"],\"a\":\"yes\"}"), json("{}"))).isTrue();
    assertThat(body.sameAs(json("{\"a\":\"no\",\"b\":[\"x\"]}"), json("{}"))).isFalse();
    assertThat(body.sameAs(json("{\"a\":\"yes\",\"b\":[\"x\"]}"), json("{\"a\":\"c\"}"))).isFalse();
  }

  private static void assertRefused(SubmissionBody body, String field) {
    assertThatThrownBy(() -> SubmissionBody.checked(body))
        .isInstanceOfSatisfying(
            ProblemException.class,
            e -> {
              assertThat(e.problem().status()).isEqualTo(400);
              assertThat(e.problem().violations()).extracting("field").contains(field);
            });
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }
}
