package se.enkat.publication.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.publication.domain.IndicatorRow;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.ValueFilter;
import se.enkat.publication.domain.ValueRow;
import se.enkat.publication.export.JsonStat;
import se.enkat.publication.repository.PublishedRepository;

/**
 * A release's values as a JSON-stat 2.0 dataset. Built in memory, unlike the other formats: the
 * dimensions must be known before the first value, and chart clients ask for filtered slices.
 */
@ApplicationScoped
public class JsonStatDatasets {

  private final PublishedRepository published;
  private final ObjectMapper json;

  JsonStatDatasets(PublishedRepository published, ObjectMapper json) {
    this.published = published;
    this.json = json;
  }

  public ObjectNode jsonStat(PublishedRelease release, ValueFilter filter) {
    List<ValueRow> values = new ArrayList<>();
    published.values(release.releaseId(), filter, values::add);
    Map<String, String> labels = new LinkedHashMap<>();
    for (IndicatorRow indicator : published.indicators(release.releaseId())) {
      labels.put(indicator.id(), label(indicator));
    }
    String label = "Round " + release.round() + ", release " + release.version();
    String updated = release.publishedAt() == null ? null : release.publishedAt().toString();
    return JsonStat.dataset(label, updated, values, labels);
  }

  // The Swedish title, as in the agency's reports; the id when there is none.
  private String label(IndicatorRow indicator) {
    if (indicator.title() == null) {
      return indicator.id();
    }
    try {
      JsonNode title = json.readTree(indicator.title());
      String text = title.isTextual() ? title.asText() : title.path("sv").asText(null);
      return text == null ? indicator.id() : text;
    } catch (IOException e) {
      return indicator.id();
    }
  }
}
