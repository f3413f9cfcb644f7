package se.enkat.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A body of the wrong shape is explained in JSON's terms, without the server's class names. */
class MismatchMessageTest {

  record Text(String sv, String en) {}

  record Request(Text title, LocalDate opensAt, int count, List<String> codes) {}

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private String messageFor(String json) {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class, () -> mapper.readValue(json, Request.class));
    return ProblemMappers.mismatchMessage(e);
  }

  @Test
  void aStringWhereAnObjectBelongsNamesTheObjectsFields() {
    assertThat(messageFor("{\"title\": \"Ett\"}")).isEqualTo("must be an object {sv, en}");
  }

  @Test
  void aDateThatIsNotOneSaysTheFormatAndWhatCame() {
    assertThat(messageFor("{\"opensAt\": \"1 maj\"}"))
        .isEqualTo("must be a date (YYYY-MM-DD); got \"1 maj\"");
  }

  @Test
  void wrongTypesNeverNameAJavaClass() {
    for (String json :
        List.of(
            "{\"count\": \"many\"}",
            "{\"codes\": {\"a\": 1}}",
            "{\"title\": [1]}",
            "{\"unknown\": 1}")) {
      assertThat(messageFor(json)).doesNotContain("se.enkat", "java.", "`", "class");
    }
  }
}
