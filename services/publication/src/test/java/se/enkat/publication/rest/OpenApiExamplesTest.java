package se.enkat.publication.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import se.enkat.publication.domain.ChangeFeed;
import se.enkat.publication.domain.ReleaseChanges;
import se.enkat.publication.domain.SeriesPoint;
import se.enkat.publication.domain.ValueRow;

/**
 * The OpenAPI document's examples are what the service writes: each one read into the records the
 * service answers with and written back gives the example again, field for field (a misspelt or
 * made-up field would be lost on the way and fail).
 */
class OpenApiExamplesTest {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void everyExampleHasTheShapeOfTheServicesAnswer() throws Exception {
    assertRoundTrip(OpenApiExamples.VALUES, ValueRow[].class);
    assertRoundTrip(OpenApiExamples.SERIES, SeriesPoint[].class);
    assertRoundTrip(OpenApiExamples.CHANGES, ReleaseChanges.class);
    assertRoundTrip(OpenApiExamples.FEED, ChangeFeed.class);
  }

  @Test
  void everyPublishedNumberInTheExamplesHasItsNumeratorAndDenominator() throws Exception {
    for (String example :
        new String[] {
          OpenApiExamples.VALUES,
          OpenApiExamples.SERIES,
          OpenApiExamples.CHANGES,
          OpenApiExamples.FEED
        }) {
      JSON.readTree(example)
          .findParents("percent")
          .forEach(
              cell ->
                  assertThat(cell.has("numerator") && cell.has("denominator"))
                      .as(cell.toString())
                      .isTrue());
    }
  }

  private static void assertRoundTrip(String example, Class<?> type) throws Exception {
    JsonNode expected = JSON.readTree(example);
    JsonNode written = JSON.readTree(JSON.writeValueAsString(JSON.readValue(example, type)));
    assertThat(written).as(type.getSimpleName()).isEqualTo(expected);
  }
}
