package se.enkat.questionnaire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.enkat.questionnaire.model.Questionnaire;

/** Reads and writes questionnaires as the JSON of the contract. */
public final class QuestionnaireJson {

  // Unknown fields fail the read: a misspelt "relevent" must not silently drop a rule.
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(SerializationFeature.INDENT_OUTPUT);

  private QuestionnaireJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static Questionnaire read(InputStream in) throws IOException {
    return MAPPER.readValue(in, Questionnaire.class);
  }

  public static Questionnaire read(String json) throws JsonProcessingException {
    return MAPPER.readValue(json, Questionnaire.class);
  }

  public static String write(Questionnaire questionnaire) {
    try {
      return MAPPER.writeValueAsString(questionnaire);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
