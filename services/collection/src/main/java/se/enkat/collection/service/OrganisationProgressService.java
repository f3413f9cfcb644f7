package se.enkat.collection.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import se.enkat.collection.domain.RoundStatus;
import se.enkat.collection.domain.SurveyRound;
import se.enkat.collection.repository.ExtensionRepository;
import se.enkat.collection.repository.OrganisationProgressRepository;
import se.enkat.collection.repository.OrganisationProgressRepository.Row;
import se.enkat.collection.repository.ReminderRepository;
import se.enkat.collection.rest.OrganisationProgressView;
import se.enkat.collection.rest.OrganisationProgressView.Organisation;
import se.enkat.collection.rest.OrganisationProgressView.State;
import se.enkat.common.problem.ProblemException;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;

/**
 * A round's progress per invited organisation (silent, draft only, received, rejected, accepted),
 * filtered by state, type, county and a search text; for a DRAFT round, who would be invited.
 */
@ApplicationScoped
public class OrganisationProgressService {

  private final RoundService rounds;
  private final RoundViews views;
  private final OrganisationProgressRepository progress;
  private final AnswerReviewService review;
  private final JsonCodec json;
  private final ExtensionRepository extensions;
  private final ReminderRepository reminders;

  OrganisationProgressService(
      RoundService rounds,
      RoundViews views,
      OrganisationProgressRepository progress,
      AnswerReviewService review,
      JsonCodec json,
      ExtensionRepository extensions,
      ReminderRepository reminders) {
    this.reminders = reminders;
    this.extensions = extensions;
    this.rounds = rounds;
    this.views = views;
    this.progress = progress;
    this.review = review;
    this.json = json;
  }

  /** The filter of a list request; null or blank fields do not filter. */
  public record Filter(String state, String type, String county, String q) {

    Predicate<OrganisationProgressView> predicate() {
      Set<String> states = states(state);
      String text = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
      return row ->
          (states.isEmpty() || states.contains(row.state()))
              && (blank(type) || type.equalsIgnoreCase(row.organisation().type()))
              && (blank(county) || county.equals(row.organisation().county()))
              && (text.isEmpty()
                  || row.organisation().code().toLowerCase(Locale.ROOT).contains(text)
                  || row.organisation().name().toLowerCase(Locale.ROOT).contains(text));
    }

    private static Set<String> states(String value) {
      if (blank(value)) {
        return Set.of();
      }
      Set<String> states =
          Arrays.stream(value.split(","))
              .map(s -> s.trim().toUpperCase(Locale.ROOT))
              .filter(s -> !s.isEmpty())
              .collect(Collectors.toSet());
      Set<String> known = Arrays.stream(State.values()).map(Enum::name).collect(Collectors.toSet());
      if (!known.containsAll(states)) {
        throw ProblemException.invalid(
            "state", "must be one or more (comma-separated) of " + String.join(", ", known));
      }
      return states;
    }

    private static boolean blank(String s) {
      return s == null || s.isBlank();
    }
  }

  @WithSession
  public Uni<List<OrganisationProgressView>> of(String id, Filter filter) {
    Predicate<OrganisationProgressView> wanted = filter.predicate();
    return rounds
        .existing(id)
        .chain(round -> round.status == RoundStatus.DRAFT ? preview(round) : counted(round))
        .map(rows -> rows.stream().filter(wanted).toList());
  }

  private Uni<List<OrganisationProgressView>> counted(SurveyRound round) {
    return review
        .compiled(round.id)
        .chain(
            questionnaire ->
                extensions
                    .latestPerOrganisation(round.id)
                    .chain(
                        closesAt ->
                            reminders
                                .ofRound(round.id)
                                .chain(
                                    mails ->
                                        progress
                                            .ofRound(round.id)
                                            .map(
                                                rows ->
                                                    rows.stream()
                                                        .map(
                                                            r ->
                                                                view(
                                                                    round,
                                                                    r,
                                                                    questionnaire,
                                                                    closesAt,
                                                                    remindersByOrganisation(mails)))
                                                        .toList()))));
  }

  private Uni<List<OrganisationProgressView>> preview(SurveyRound round) {
    return views
        .population(round)
        .map(
            population ->
                population.stream()
                    .map(
                        o ->
                            new OrganisationProgressView(
                                new Organisation(o.code, o.name, o.type, o.county),
                                State.SILENT.name(),
                                null,
                                null,
                                round.closesAt,
                                json.mapper().createArrayNode(),
                                List.of(),
                                false))
                    .toList());
  }

  private OrganisationProgressView view(
      SurveyRound round,
      Row row,
      CompiledQuestionnaire questionnaire,
      Map<String, LocalDate> extended,
      Map<String, List<OrganisationProgressView.Reminder>> reminded) {
    LocalDate own = extended.get(row.code());
    JsonNode violations =
        "REJECTED".equals(row.status())
            ? review.withTexts(json.read(row.violations()), questionnaire)
            : json.mapper().createArrayNode();
    return new OrganisationProgressView(
        new Organisation(row.code(), row.name(), row.type(), row.county()),
        state(row).name(),
        row.revision(),
        latest(row.draftSavedAt(), row.submittedAt()),
        own != null && own.isAfter(round.closesAt) ? own : round.closesAt,
        violations,
        reminded.getOrDefault(row.code(), List.of()),
        row.onBehalf());
  }

  /** Each organisation's reminders (one per reminder, not per mail), oldest first. */
  static Map<String, List<OrganisationProgressView.Reminder>> remindersByOrganisation(
      List<ReminderRepository.MailRow> mails) {
    Map<String, List<OrganisationProgressView.Reminder>> byOrganisation = new HashMap<>();
    Set<java.util.UUID> seen = new HashSet<>();
    for (ReminderRepository.MailRow mail : mails) {
      if (seen.add(mail.reminder())) {
        byOrganisation
            .computeIfAbsent(mail.organisation(), k -> new ArrayList<>())
            .add(new OrganisationProgressView.Reminder(mail.requestedAt(), mail.requestedBy()));
      }
    }
    return byOrganisation;
  }

  static State state(Row row) {
    if (row.accepted()) {
      return State.ACCEPTED;
    }
    if ("REJECTED".equals(row.latestVerdict())) {
      return State.REJECTED;
    }
    if (row.revision() != null) {
      return State.RECEIVED;
    }
    return row.draftSavedAt() != null ? State.DRAFT : State.SILENT;
  }

  private static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
