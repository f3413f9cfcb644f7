package se.enkat.collection.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import se.enkat.collection.domain.QuestionnaireVersion;
import se.enkat.collection.repository.QuestionnaireRepository;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.check.QuestionnaireChecker;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;
import se.enkat.questionnaire.model.Questionnaire;

/** Uploads and reads questionnaire versions; a stored version never changes. */
@ApplicationScoped
public class QuestionnaireService {

  /** Ids travel in URL paths: keep them to letters, digits, dot, dash and underscore. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  private static final String INSERT =
      "insert into questionnaire_version (id, version, content) values (?1, ?2, ?3)"
          + " on conflict do nothing";

  private final QuestionnaireRepository questionnaires;
  private final Map<QuestionnaireVersion.Key, CompiledQuestionnaire> compiled =
      new ConcurrentHashMap<>();

  QuestionnaireService(QuestionnaireRepository questionnaires) {
    this.questionnaires = questionnaires;
  }

  /**
   * Checks and stores a version. Uploading an identical version again changes nothing; a different
   * one under an existing id and version is 409.
   */
  @WithTransaction
  public Uni<Uploaded> upload(JsonNode body) {
    Questionnaire questionnaire = checked(body);
    String content = QuestionnaireJson.write(questionnaire);
    String id = questionnaire.id();
    int version = questionnaire.version();
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INSERT)
                    .setParameter(1, id)
                    .setParameter(2, version)
                    .setParameter(3, content)
                    .executeUpdate())
        .chain(
            inserted ->
                inserted == 1
                    ? Uni.createFrom().item(new Uploaded(id, version, true))
                    : sameAsStored(id, version, content));
  }

  private Uni<Uploaded> sameAsStored(String id, int version, String content) {
    return questionnaires
        .findById(new QuestionnaireVersion.Key(id, version))
        .map(
            stored -> {
              if (!stored.content.equals(content)) {
                throw ProblemException.conflict(
                    "Questionnaire "
                        + id
                        + " version "
                        + version
                        + " exists with other content; versions never change: upload a new"
                        + " version.");
              }
              return new Uploaded(id, version, false);
            });
  }

  /** The stored version's JSON; 404 when unknown. */
  @WithSession
  public Uni<String> content(String id, int version) {
    return find(id, version)
        .onItem()
        .ifNull()
        .failWith(
            () ->
                ProblemException.notFound(
                    "Questionnaire " + id + " has no version " + version + "."))
        .map(stored -> stored.content);
  }

  /** The stored version in the caller's session, or null. */
  public Uni<QuestionnaireVersion> find(String id, int version) {
    return questionnaires.findById(new QuestionnaireVersion.Key(id, version));
  }

  /** The version with its rules compiled; compiled once per version and then shared. */
  public CompiledQuestionnaire compiled(QuestionnaireVersion version) {
    return compiled.computeIfAbsent(
        new QuestionnaireVersion.Key(version.id, version.version),
        key -> CompiledQuestionnaire.compile(parse(version.content)));
  }

  private static Questionnaire checked(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ProblemException.invalid("$", "the questionnaire must be a JSON object");
    }
    Questionnaire questionnaire;
    try {
      questionnaire = QuestionnaireJson.mapper().treeToValue(body, Questionnaire.class);
    } catch (JsonMappingException e) {
      throw ProblemException.invalid(JsonPaths.of(e), e.getOriginalMessage());
    } catch (JsonProcessingException e) {
      throw ProblemException.invalid("$", e.getOriginalMessage());
    }
    List<Problem.Violation> violations = new ArrayList<>();
    if (questionnaire.id() != null && !ID.matcher(questionnaire.id()).matches()) {
      violations.add(
          new Problem.Violation(
              "$.id",
              "must be 1-100 letters, digits, '.', '-' or '_', starting with a letter or digit"));
    }
    QuestionnaireChecker.check(questionnaire).stream()
        .map(v -> new Problem.Violation(v.field(), v.message()))
        .forEach(violations::add);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid("The questionnaire is not valid.", violations);
    }
    return questionnaire;
  }

  private static Questionnaire parse(String content) {
    try {
      return QuestionnaireJson.read(content);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored questionnaire is unreadable", e);
    }
  }

  /** The outcome of an upload: the version, and whether this upload stored it. */
  public record Uploaded(String id, int version, boolean created) {}
}
