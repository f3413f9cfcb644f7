package se.enkat.publication.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.enkat.publication.domain.IndicatorRow;
import se.enkat.publication.domain.SeriesLinks;
import se.enkat.publication.domain.SeriesPoint;
import se.enkat.publication.domain.ValueFilter;
import se.enkat.publication.domain.ValueRow;
import se.enkat.publication.repository.PublishedRepository;
import se.enkat.publication.repository.SeriesRepository;
import se.enkat.publication.repository.SeriesRepository.YearRelease;

/**
 * An indicator's series across rounds: per year the cells of that year's latest published release,
 * read through the same query as the round's own values (so they equal them cell by cell), each
 * with the change from the same cell the year before, unless a mapping marks a break.
 */
@ApplicationScoped
public class SeriesService {

  private final SeriesRepository series;
  private final PublishedRepository published;
  private final ObjectMapper json;

  SeriesService(SeriesRepository series, PublishedRepository published, ObjectMapper json) {
    this.series = series;
    this.published = published;
    this.json = json;
  }

  /** One year's release and the indicator that carries the series in it. */
  private record Year(YearRelease release, IndicatorRow indicator, SeriesLinks links) {}

  /**
   * The series' points grouped by cell, years ascending within a cell; empty when no published
   * release has the indicator (an indicator whose cells the filters all exclude has an empty list).
   */
  public Optional<List<SeriesPoint>> points(String indicator, ValueFilter filter, String category) {
    List<YearRelease> releases = series.releasesByYear();
    Map<YearRelease, SeriesLinks> links = new LinkedHashMap<>();
    Map<YearRelease, List<IndicatorRow>> libraries = new LinkedHashMap<>();
    for (YearRelease year : releases) {
      links.put(year, new SeriesLinks(read(published.questionnaire(year.release().releaseId()))));
      libraries.put(year, published.indicators(year.release().releaseId()));
    }
    String key = key(indicator, releases, links, libraries);
    Map<String, List<SeriesPoint>> byCell = new LinkedHashMap<>();
    boolean found = false;
    for (YearRelease year : releases) {
      SeriesLinks yearLinks = links.get(year);
      Optional<IndicatorRow> carrier =
          libraries.get(year).stream().filter(i -> key.equals(yearLinks.key(i))).findFirst();
      if (carrier.isEmpty()) {
        continue;
      }
      found = true;
      Year context = new Year(year, carrier.get(), yearLinks);
      ValueFilter cells =
          new ValueFilter(
              carrier.get().id(),
              filter.level(),
              filter.type(),
              filter.county(),
              filter.organisation());
      published.values(
          year.release().releaseId(),
          cells,
          v -> {
            if (category == null || category.equals(v.category())) {
              List<SeriesPoint> cell =
                  byCell.computeIfAbsent(SeriesPoint.cell(v), c -> new ArrayList<>());
              SeriesPoint previous = cell.isEmpty() ? null : cell.get(cell.size() - 1);
              cell.add(point(key, context, v, previous));
            }
          });
    }
    if (!found) {
      return Optional.empty();
    }
    List<SeriesPoint> points = new ArrayList<>();
    byCell.values().forEach(points::addAll);
    return Optional.of(points);
  }

  // The key of the series the requested id belongs to, as the latest year that has it says.
  private static String key(
      String indicator,
      List<YearRelease> releases,
      Map<YearRelease, SeriesLinks> links,
      Map<YearRelease, List<IndicatorRow>> libraries) {
    for (int i = releases.size() - 1; i >= 0; i--) {
      YearRelease year = releases.get(i);
      for (IndicatorRow row : libraries.get(year)) {
        if (row.id().equals(indicator)) {
          return links.get(year).key(row);
        }
      }
    }
    return indicator;
  }

  private static SeriesPoint point(String key, Year year, ValueRow v, SeriesPoint previous) {
    boolean seriesBreak = year.links().breaks(year.indicator());
    SeriesPoint.Change change =
        previous == null || seriesBreak || previous.year() >= year.release().year()
            ? null
            : new SeriesPoint.Change(
                previous.year(),
                previous.round(),
                previous.numerator(),
                previous.denominator(),
                previous.percent(),
                percentagePoints(v, previous));
    return new SeriesPoint(
        key,
        year.indicator().id(),
        year.release().year(),
        year.release().release().round(),
        year.release().release().releaseId().toString(),
        year.release().release().version(),
        v.level(),
        v.type(),
        v.county(),
        v.organisation(),
        v.category(),
        v.numerator(),
        v.denominator(),
        v.percent(),
        seriesBreak,
        seriesBreak ? year.links().breakNote(year.indicator()) : null,
        change);
  }

  /** 100 × (k/n − k'/n'), exact, then rounded half-up to one decimal; null over a zero n. */
  static BigDecimal percentagePoints(ValueRow now, SeriesPoint before) {
    if (now.denominator() == 0 || before.denominator() == 0) {
      return null;
    }
    // k/n − k'/n' = (k·n' − k'·n) / (n·n'), exact in integers
    BigDecimal difference =
        BigDecimal.valueOf(now.numerator() * before.denominator())
            .subtract(BigDecimal.valueOf(before.numerator() * now.denominator()))
            .multiply(BigDecimal.valueOf(100));
    BigDecimal scale = BigDecimal.valueOf(now.denominator() * before.denominator());
    BigDecimal value = difference.divide(scale, 10, RoundingMode.HALF_UP);
    return value.setScale(1, RoundingMode.HALF_UP);
  }

  private JsonNode read(String text) {
    try {
      return text == null ? null : json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
