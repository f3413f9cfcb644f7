package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import se.enkat.collection.domain.Contact;
import se.enkat.collection.repository.ContactRepository;
import se.enkat.collection.repository.OrganisationRepository;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;

/**
 * The respondents' e-mail contacts of an organisation, kept with the register: reminders go to
 * them. Replaced as a whole by an administrator; addresses are stored in lower case.
 */
@ApplicationScoped
public class ContactService {

  static final int MAX_CONTACTS = 20;
  // Deliberately plain: one @, no spaces or angle brackets (it ends up in an SMTP envelope).
  private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]{1,64}@[^@\\s<>,;\"]{1,190}");

  private final OrganisationRepository organisations;
  private final ContactRepository contacts;

  ContactService(OrganisationRepository organisations, ContactRepository contacts) {
    this.organisations = organisations;
    this.contacts = contacts;
  }

  @WithSession
  public Uni<List<Contact>> of(String code) {
    return existing(code)
        .chain(() -> contacts.of(List.of(code)))
        .map(found -> found.getOrDefault(code, List.of()));
  }

  @WithTransaction
  public Uni<List<Contact>> replace(String code, List<Contact> requested) {
    List<Contact> checked = checked(requested);
    return existing(code).chain(() -> contacts.replace(code, checked)).replaceWith(checked);
  }

  private Uni<Void> existing(String code) {
    return organisations
        .findById(code)
        .invoke(
            found -> {
              if (found == null) {
                throw ProblemException.notFound("No organisation has the code " + code + ".");
              }
            })
        .replaceWithVoid();
  }

  static List<Contact> checked(List<Contact> requested) {
    if (requested == null) {
      throw ProblemException.invalid("$", "must be a list of {email, name?}");
    }
    List<Problem.Violation> violations = new ArrayList<>();
    if (requested.size() > MAX_CONTACTS) {
      violations.add(new Problem.Violation("$", "at most " + MAX_CONTACTS + " contacts"));
    }
    Map<String, Contact> unique = new LinkedHashMap<>();
    for (int i = 0; i < requested.size(); i++) {
      Contact c = requested.get(i);
      String email = c == null || c.email() == null ? "" : c.email().trim();
      if (!EMAIL.matcher(email).matches()) {
        violations.add(new Problem.Violation("[" + i + "].email", "is not an e-mail address"));
        continue;
      }
      String name = c.name() == null || c.name().isBlank() ? null : c.name().trim();
      if (name != null && name.length() > 200) {
        violations.add(new Problem.Violation("[" + i + "].name", "at most 200 characters"));
      }
      unique.putIfAbsent(
          email.toLowerCase(Locale.ROOT), new Contact(email.toLowerCase(Locale.ROOT), name));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid("The contacts are not valid.", violations);
    }
    return List.copyOf(unique.values());
  }
}
