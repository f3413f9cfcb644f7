package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.enkat.collection.domain.Contact;
import se.enkat.collection.domain.RoundInvitation;
import se.enkat.collection.domain.RoundStatus;
import se.enkat.collection.domain.SurveyRound;
import se.enkat.collection.repository.ContactRepository;
import se.enkat.collection.repository.ExtensionRepository;
import se.enkat.collection.repository.InvitationRepository;
import se.enkat.collection.repository.ReminderRepository;
import se.enkat.collection.repository.ReminderRepository.MailRow;
import se.enkat.collection.repository.RoundRepository;
import se.enkat.collection.rest.ReminderRequest;
import se.enkat.collection.rest.ReminderView;
import se.enkat.collection.rest.ReminderView.Recipient;
import se.enkat.common.events.ReminderRequested;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.time.Timestamps;
import se.enkat.messaging.Outbox;

/**
 * Queues reminders to organisations' respondents and tells who was reminded. Queueing stores one
 * reminder per organisation, one mail per respondent (text and Message-ID fixed now) and the {@code
 * reminder.requested} event in one transaction; {@link ReminderSender} sends them.
 */
@ApplicationScoped
public class ReminderService {

  static final int MAX_ORGANISATIONS = 400;

  private final RoundRepository rounds;
  private final InvitationRepository invitations;
  private final ContactRepository contacts;
  private final ExtensionRepository extensions;
  private final ReminderRepository reminders;
  private final Outbox outbox;
  private final AuditService audit;
  private final JsonCodec json;
  private final String messageIdDomain;

  ReminderService(
      RoundRepository rounds,
      InvitationRepository invitations,
      ContactRepository contacts,
      ExtensionRepository extensions,
      ReminderRepository reminders,
      Outbox outbox,
      AuditService audit,
      JsonCodec json,
      @ConfigProperty(name = "enkat.reminders.message-id-domain") String messageIdDomain) {
    this.rounds = rounds;
    this.invitations = invitations;
    this.contacts = contacts;
    this.extensions = extensions;
    this.reminders = reminders;
    this.outbox = outbox;
    this.audit = audit;
    this.json = json;
    this.messageIdDomain = messageIdDomain;
  }

  /** One queued reminder: its id, the organisation and the addresses it goes to. */
  public record Queued(String id, String organisation, List<String> recipients) {}

  /** The answer to a request: what was queued, and the organisations without any contact. */
  public record Accepted(String round, List<Queued> reminders, List<String> withoutContacts) {}

  @WithTransaction
  public Uni<Accepted> queue(Caller caller, String round, ReminderRequest request) {
    List<String> wanted = requested(request);
    return rounds
        .lockForSubmission(round)
        .invoke(status -> requireOpen(round, status))
        .chain(() -> rounds.findById(round))
        .chain(
            found ->
                invitations
                    .ofRound(round)
                    .map(all -> invited(round, all, wanted))
                    .chain(
                        invited ->
                            contacts
                                .of(wanted)
                                .chain(
                                    byOrganisation ->
                                        extensions
                                            .latestPerOrganisation(round)
                                            .chain(
                                                extended ->
                                                    queueAll(
                                                        caller,
                                                        found,
                                                        invited,
                                                        byOrganisation,
                                                        extended)))));
  }

  private Uni<Accepted> queueAll(
      Caller caller,
      SurveyRound round,
      Map<String, RoundInvitation> invited,
      Map<String, List<Contact>> byOrganisation,
      Map<String, LocalDate> extended) {
    List<Queued> queued = new ArrayList<>();
    List<String> without = new ArrayList<>();
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (RoundInvitation organisation : invited.values()) {
      List<Contact> to = byOrganisation.getOrDefault(organisation.organisationCode, List.of());
      if (to.isEmpty()) {
        without.add(organisation.organisationCode);
        continue;
      }
      LocalDate own = extended.get(organisation.organisationCode);
      LocalDate closesAt = own != null && own.isAfter(round.closesAt) ? own : round.closesAt;
      UUID id = UUID.randomUUID();
      queued.add(new Queued(id.toString(), organisation.organisationCode, emails(to)));
      chain = chain.chain(() -> queueOne(caller, round, organisation, to, closesAt, id));
    }
    return chain.map(ignored -> new Accepted(round.id, queued, without));
  }

  private Uni<Void> queueOne(
      Caller caller,
      SurveyRound round,
      RoundInvitation organisation,
      List<Contact> to,
      LocalDate closesAt,
      UUID id) {
    var title = json.read(round.title);
    String subject = ReminderTemplate.subject(title);
    String body =
        ReminderTemplate.body(title, organisation.name, organisation.organisationCode, closesAt);
    Uni<Void> chain =
        reminders.insertReminder(
            id, round.id, organisation.organisationCode, caller.actor(), subject, body);
    for (Contact contact : to) {
      chain =
          chain.chain(
              () ->
                  reminders.insertMail(
                      id, contact.email(), contact.name(), messageId(id, contact.email())));
    }
    return chain
        .chain(
            () ->
                outbox.append(
                    new ReminderRequested(
                        ReminderRequested.SCHEMA_VERSION,
                        round.id,
                        organisation.organisationCode,
                        id.toString(),
                        to.size(),
                        Timestamps.nowMicros(),
                        caller.actor())))
        .chain(
            () ->
                audit.record(
                    caller,
                    round.id,
                    "reminder.queued",
                    organisation.organisationCode,
                    to.size() + " recipient(s), reminder " + id));
  }

  /**
   * The same for every send of this mail: {@code <reminder.hash-of-address@domain>}, so a mail sent
   * again after a crash can be recognised as the same one.
   */
  String messageId(UUID reminder, String email) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
      return "<"
          + reminder
          + "."
          + HexFormat.of().formatHex(hash, 0, 8)
          + "@"
          + messageIdDomain
          + ">";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** Who was reminded in a round, when, by whom, and where each mail stands. */
  @WithSession
  public Uni<List<ReminderView>> of(String round) {
    return rounds
        .findById(round)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No round has the id " + round + "."))
        .chain(() -> reminders.ofRound(round))
        .map(ReminderService::views);
  }

  static List<ReminderView> views(List<MailRow> rows) {
    Map<UUID, List<MailRow>> byReminder =
        rows.stream()
            .collect(
                Collectors.groupingBy(MailRow::reminder, LinkedHashMap::new, Collectors.toList()));
    List<ReminderView> views = new ArrayList<>();
    byReminder.forEach(
        (id, mails) -> {
          MailRow first = mails.get(0);
          List<Recipient> recipients =
              mails.stream()
                  .map(m -> new Recipient(m.email(), m.status(), m.sentAt(), m.messageId()))
                  .toList();
          boolean queued = recipients.stream().anyMatch(r -> r.status().equals("QUEUED"));
          views.add(
              new ReminderView(
                  id.toString(),
                  first.organisation(),
                  first.requestedAt(),
                  first.requestedBy(),
                  queued ? "QUEUED" : "SENT",
                  recipients));
        });
    return views;
  }

  private static List<String> requested(ReminderRequest request) {
    if (request == null || request.organisations() == null || request.organisations().isEmpty()) {
      throw ProblemException.invalid("organisations", "name at least one organisation code");
    }
    if (request.organisations().size() > MAX_ORGANISATIONS) {
      throw ProblemException.invalid(
          "organisations", "at most " + MAX_ORGANISATIONS + " organisations at once");
    }
    return List.copyOf(new LinkedHashSet<>(request.organisations()));
  }

  private static void requireOpen(String round, RoundStatus status) {
    if (status == null) {
      throw ProblemException.notFound("No round has the id " + round + ".");
    }
    if (status != RoundStatus.OPEN) {
      throw ProblemException.conflict(
          "Round " + round + " is " + status + ": reminders are sent only while it is OPEN.");
    }
  }

  private static Map<String, RoundInvitation> invited(
      String round, List<RoundInvitation> all, List<String> wanted) {
    Map<String, RoundInvitation> byCode =
        all.stream().collect(Collectors.toMap(i -> i.organisationCode, Function.identity()));
    List<String> unknown = wanted.stream().filter(code -> !byCode.containsKey(code)).toList();
    if (!unknown.isEmpty()) {
      throw ProblemException.invalid(
          "organisations", "not invited to round " + round + ": " + String.join(", ", unknown));
    }
    Map<String, RoundInvitation> chosen = new LinkedHashMap<>();
    wanted.forEach(code -> chosen.put(code, byCode.get(code)));
    return chosen;
  }

  private static List<String> emails(List<Contact> contacts) {
    return contacts.stream().map(Contact::email).toList();
  }
}
