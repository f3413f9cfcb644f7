package se.enkat.publication.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.enkat.common.reference.Text;

/**
 * The series mappings of one release's questionnaire ({@code series} on a question: {@code
 * continues}, {@code break}, {@code note}), and what they mean for an indicator: its series key and
 * whether its series breaks in this release.
 */
public final class SeriesLinks {

  private record Link(String continues, boolean seriesBreak, Text note) {}

  private final Map<String, Link> links = new HashMap<>();

  public SeriesLinks(JsonNode questionnaire) {
    if (questionnaire == null) {
      return;
    }
    for (JsonNode section : questionnaire.path("sections")) {
      for (JsonNode question : section.path("questions")) {
        JsonNode series = question.path("series");
        if (series.isObject()) {
          JsonNode note = series.path("note");
          links.put(
              question.path("id").asText(),
              new Link(
                  series.path("continues").asText(null),
                  series.path("break").asBoolean(false),
                  note.isObject()
                      ? new Text(note.path("sv").asText(null), note.path("en").asText(null))
                      : null));
        }
      }
    }
  }

  /**
   * A default indicator continues the series its question's mapping names; every other indicator
   * keeps its id as its series key.
   */
  public String key(IndicatorRow indicator) {
    List<String> sources = indicator.sourceQuestions();
    if ("DEFAULT".equals(indicator.kind()) && sources.size() == 1) {
      Link link = links.get(sources.get(0));
      if (link != null && link.continues() != null && !link.continues().isBlank()) {
        return link.continues();
      }
    }
    return indicator.id();
  }

  /** True when a question the indicator reads is mapped with a break. */
  public boolean breaks(IndicatorRow indicator) {
    return indicator.sourceQuestions().stream()
        .map(links::get)
        .anyMatch(link -> link != null && link.seriesBreak());
  }

  /** The note of the first break among the indicator's questions, or null. */
  public Text breakNote(IndicatorRow indicator) {
    return indicator.sourceQuestions().stream()
        .map(links::get)
        .filter(link -> link != null && link.seriesBreak())
        .map(Link::note)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(null);
  }
}
