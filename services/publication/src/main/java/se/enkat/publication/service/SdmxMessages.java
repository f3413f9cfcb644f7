package se.enkat.publication.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.enkat.publication.domain.IndicatorRow;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.ValueFilter;
import se.enkat.publication.domain.ValueRow;
import se.enkat.publication.export.Sdmx;
import se.enkat.publication.export.Table;
import se.enkat.publication.repository.PublishedRepository;

/**
 * A release's values as SDMX: the JSON data message (built in memory, like JSON-stat: the code
 * lists come before the observations) and the CSV table (streamed).
 */
@ApplicationScoped
public class SdmxMessages {

  private final PublishedRepository published;
  private final ObjectMapper json;

  SdmxMessages(PublishedRepository published, ObjectMapper json) {
    this.published = published;
    this.json = json;
  }

  public ObjectNode json(PublishedRelease release, ValueFilter filter) {
    List<ValueRow> values = new ArrayList<>();
    published.values(release.releaseId(), filter, values::add);
    Map<String, Sdmx.Names> indicators = new HashMap<>();
    for (IndicatorRow indicator : published.indicators(release.releaseId())) {
      indicators.put(indicator.id(), names(indicator.title()));
    }
    Map<String, Sdmx.Names> areas = new HashMap<>();
    areas.put(Sdmx.NATION, new Sdmx.Names("Sverige", "Sweden"));
    for (ValueRow value : values) {
      if ("county".equals(value.level())) {
        areas.putIfAbsent(
            Sdmx.refArea(value),
            new Sdmx.Names("Län " + value.county(), "County " + value.county()));
      }
    }
    published
        .respondentNames(release.releaseId())
        .forEach(
            (code, name) ->
                areas.put(
                    Sdmx.refArea(
                        new ValueRow(null, "organisation", null, null, code, null, 0, 0, null)),
                    new Sdmx.Names(name, name)));
    String title = "Round " + release.round() + ", release " + release.version();
    Sdmx.Message message =
        new Sdmx.Message(
            Sdmx.code(release.round()) + "-v" + release.version(),
            // the release's publication, not now: the same request always gives the same bytes
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                release.publishedAt().withOffsetSameInstant(ZoneOffset.UTC).withNano(0)),
            title,
            published.period(release.releaseId()));
    return Sdmx.json(json, message, values, indicators, areas);
  }

  /** SDMX-CSV rows; the values are read before the first byte is written. */
  public Table csv(PublishedRelease release, ValueFilter filter) {
    List<ValueRow> values = new ArrayList<>();
    published.values(release.releaseId(), filter, values::add);
    return Sdmx.csv(values, published.period(release.releaseId()));
  }

  private Sdmx.Names names(String title) {
    if (title == null) {
      return null;
    }
    try {
      JsonNode text = json.readTree(title);
      if (text.isTextual()) {
        return new Sdmx.Names(text.asText(), text.asText());
      }
      return new Sdmx.Names(text.path("sv").asText(null), text.path("en").asText(null));
    } catch (IOException e) {
      return null;
    }
  }
}
