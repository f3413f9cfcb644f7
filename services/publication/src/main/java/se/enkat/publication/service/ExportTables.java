package se.enkat.publication.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.enkat.publication.domain.CellChange;
import se.enkat.publication.domain.IndicatorRow;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.QuestionnaireColumns;
import se.enkat.publication.domain.QuestionnaireColumns.Question;
import se.enkat.publication.domain.ReleaseChanges;
import se.enkat.publication.domain.ResponseRateRow;
import se.enkat.publication.domain.ValueFilter;
import se.enkat.publication.export.Table;
import se.enkat.publication.repository.PublishedRepository;

/** The tables a release exports as CSV sheets or XLSX workbooks; rows stream from the database. */
@ApplicationScoped
public class ExportTables {

  static final String COMMENT_PREFIX = "comment:";

  private final PublishedRepository published;
  private final IndicatorLibrary library;
  private final ObjectMapper json;

  ExportTables(PublishedRepository published, IndicatorLibrary library, ObjectMapper json) {
    this.published = published;
    this.library = library;
    this.json = json;
  }

  public Table values(PublishedRelease release, ValueFilter filter) {
    return new Table(
        "values",
        List.of(
            "indicator",
            "level",
            "type",
            "county",
            "county_name",
            "organisation",
            "category",
            "numerator",
            "denominator",
            "percent"),
        sink ->
            published.values(
                release.releaseId(),
                filter,
                v ->
                    sink.row(
                        Arrays.asList(
                            v.indicator(),
                            v.level(),
                            v.type(),
                            v.county(),
                            v.countyName(),
                            v.organisation(),
                            v.category(),
                            v.numerator(),
                            v.denominator(),
                            v.percent()))));
  }

  /** The cells that differ between two releases, old and new figures side by side. */
  public Table changes(ReleaseChanges changes) {
    return new Table(
        "changes",
        List.of(
            "change",
            "indicator",
            "level",
            "type",
            "county",
            "organisation",
            "category",
            "old_numerator",
            "old_denominator",
            "old_percent",
            "new_numerator",
            "new_denominator",
            "new_percent"),
        sink -> {
          for (CellChange cell : changes.cells()) {
            List<Object> cells =
                new ArrayList<>(
                    Arrays.asList(
                        cell.change(),
                        cell.indicator(),
                        cell.level(),
                        cell.type(),
                        cell.county(),
                        cell.organisation(),
                        cell.category()));
            for (CellChange.Measure side : Arrays.asList(cell.previous(), cell.current())) {
              cells.addAll(
                  side == null
                      ? Arrays.asList(null, null, null)
                      : Arrays.asList(side.numerator(), side.denominator(), side.percent()));
            }
            sink.row(cells);
          }
        });
  }

  public Table indicators(PublishedRelease release) {
    return indicators(release, null);
  }

  public Table indicators(PublishedRelease release, String focusArea) {
    List<IndicatorRow> indicators = library.indicators(release, focusArea);
    return new Table(
        "indicators",
        List.of(
            "indicator",
            "kind",
            "title_sv",
            "title_en",
            "description_sv",
            "description_en",
            "focus_area",
            "numerator",
            "denominator",
            "direction",
            "source_questions",
            "categories",
            "definition_sv",
            "definition_en"),
        sink -> {
          for (IndicatorRow i : indicators) {
            JsonNode title = read(i.title());
            JsonNode description = read(i.description());
            sink.row(
                Arrays.asList(
                    i.id(),
                    i.kind(),
                    text(title.path("sv")),
                    text(title.path("en")),
                    text(description.path("sv")),
                    text(description.path("en")),
                    i.focusArea(),
                    i.numerator(),
                    i.denominator(),
                    i.direction(),
                    String.join("; ", i.sourceQuestions()),
                    categories(read(i.categories())),
                    i.definition().sv(),
                    i.definition().en()));
          }
        });
  }

  /**
   * One row per responding organisation, one column per question in questionnaire order, then one
   * comment column per question that somebody commented on.
   */
  public Table answers(PublishedRelease release) {
    List<Question> questions =
        QuestionnaireColumns.of(read(published.questionnaire(release.releaseId())));
    List<String> answerColumns = questions.stream().map(Question::id).toList();
    List<String> commentColumns = commentColumns(release, answerColumns);
    List<String> headers =
        new ArrayList<>(List.of("code", "name", "type", "county", "county_name", "revision"));
    headers.addAll(answerColumns);
    commentColumns.forEach(q -> headers.add(COMMENT_PREFIX + q));
    return new Table(
        "answers",
        headers,
        sink ->
            published.answers(
                release.releaseId(),
                a -> {
                  List<Object> cells =
                      new ArrayList<>(
                          Arrays.asList(
                              a.code(),
                              a.name(),
                              a.type(),
                              a.county(),
                              a.countyName(),
                              a.revision()));
                  JsonNode answers = read(a.answers());
                  JsonNode comments = read(a.comments());
                  answerColumns.forEach(q -> cells.add(cell(answers.get(q))));
                  commentColumns.forEach(q -> cells.add(cell(comments.get(q))));
                  sink.row(cells);
                }));
  }

  public Table questions(PublishedRelease release) {
    List<Question> questions =
        QuestionnaireColumns.of(read(published.questionnaire(release.releaseId())));
    return new Table(
        "questions",
        List.of("question", "section", "text_sv", "text_en", "type"),
        sink -> {
          for (Question q : questions) {
            sink.row(Arrays.asList(q.id(), q.section(), q.textSv(), q.textEn(), q.type()));
          }
        });
  }

  public Table responseRate(List<ResponseRateRow> rows) {
    return new Table(
        "response_rate",
        List.of("type", "invited", "answered", "percent"),
        sink -> {
          for (ResponseRateRow r : rows) {
            sink.row(Arrays.asList(r.type(), r.invited(), r.answered(), r.percent()));
          }
        });
  }

  // Questionnaire order first; comments on ids the questionnaire lacks come last, sorted.
  private List<String> commentColumns(PublishedRelease release, List<String> questionOrder) {
    Set<String> commented = new LinkedHashSet<>(published.commentedQuestions(release.releaseId()));
    List<String> columns = new ArrayList<>();
    for (String q : questionOrder) {
      if (commented.remove(q)) {
        columns.add(q);
      }
    }
    commented.stream().sorted().forEach(columns::add);
    return columns;
  }

  /** A JSON answer as a cell: numbers stay numbers, a multi-choice array is joined by "; ". */
  static Object cell(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(v.isValueNode() ? v.asText() : v.toString()));
      return String.join("; ", parts);
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static String categories(JsonNode categories) {
    List<String> values = new ArrayList<>();
    categories.forEach(c -> values.add(c.path("value").asText()));
    return String.join("; ", values);
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asText();
  }

  private JsonNode read(String text) {
    try {
      return text == null ? json.missingNode() : json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
