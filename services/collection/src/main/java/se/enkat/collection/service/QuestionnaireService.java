package se.enkat.collection.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import se.enkat.collection.domain.QuestionnaireVersion;
import se.enkat.collection.repository.QuestionnaireRepository;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.problem.ProblemMappers;
import se.enkat.messaging.sql.NativeSql;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.check.QuestionnaireChecker;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;
import se.enkat.questionnaire.model.LocalizedText;
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
    return NativeSql.update(INSERT, id, version, content)
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

  /** Every stored version, by id and version: what the administrator's console lists. */
  @WithSession
  public Uni<List<StoredVersion>> list() {
    return questionnaires
        .listAll(Sort.by("id").and("version"))
        .map(versions -> versions.stream().map(QuestionnaireService::stored).toList());
  }

  private static StoredVersion stored(QuestionnaireVersion version) {
    Questionnaire questionnaire = parse(version.content);
    return new StoredVersion(
        version.id,
        version.version,
        questionnaire.title(),
        questionnaire.questions().count(),
        version.createdAt);
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
      throw ProblemException.invalid(ProblemMappers.pathOf(e), e.getOriginalMessage());
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
        .map(v -> new Problem.Violation(v.field(), v.message(), v.question()))
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

  /** One stored version as listed: its title, how many questions it has, when it was uploaded. */
  public record StoredVersion(
      String id, int version, LocalizedText title, long questions, OffsetDateTime uploadedAt) {}

  /** The outcome of an upload: the version, and whether this upload stored it. */
  public record Uploaded(String id, int version, boolean created) {}
}
