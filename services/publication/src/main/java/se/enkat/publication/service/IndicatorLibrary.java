package se.enkat.publication.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.reference.DefinitionWording;
import se.enkat.common.reference.DefinitionWording.QuestionText;
import se.enkat.common.reference.FocusAreas;
import se.enkat.common.reference.Text;
import se.enkat.publication.domain.IndicatorRow;
import se.enkat.publication.domain.PublishedRelease;
import se.enkat.publication.domain.QuestionnaireColumns;
import se.enkat.publication.repository.PublishedRepository;

/**
 * A release's indicator library with every definition in words, worded from the release's own
 * questionnaire (so an old release reads as it did), all of it or one focus area.
 */
@ApplicationScoped
public class IndicatorLibrary {

  private final PublishedRepository published;
  private final ObjectMapper json;

  IndicatorLibrary(PublishedRepository published, ObjectMapper json) {
    this.published = published;
    this.json = json;
  }

  /**
   * @param focusArea one of {@link FocusAreas}, or null for every indicator
   */
  public List<IndicatorRow> indicators(PublishedRelease release, String focusArea) {
    Map<String, QuestionText> questions = new HashMap<>();
    QuestionnaireColumns.of(read(published.questionnaire(release.releaseId())))
        .forEach(
            q ->
                questions.put(
                    q.id(), new QuestionText(new Text(q.textSv(), q.textEn()), q.type())));
    return published.indicators(release.releaseId()).stream()
        .filter(i -> focusArea == null || focusArea.equals(i.focusArea()))
        .map(
            i ->
                i.withDefinition(
                    DefinitionWording.of(
                        i.kind(),
                        text(read(i.description())),
                        !read(i.categories()).isEmpty(),
                        i.sourceQuestions(),
                        questions)))
        .toList();
  }

  /** A blank filter is none; an unknown focus area is a 400 naming the parameter. */
  public static String focusArea(String focusArea) {
    if (focusArea == null || focusArea.isBlank()) {
      return null;
    }
    String id = focusArea.trim();
    if (FocusAreas.find(id).isEmpty()) {
      throw ProblemException.invalid(
          "focusArea", "unknown focus area '" + id + "': one of " + FocusAreas.ids());
    }
    return id;
  }

  private static Text text(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    return new Text(node.path("sv").asText(null), node.path("en").asText(null));
  }

  private JsonNode read(String text) {
    try {
      return text == null ? json.missingNode() : json.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
