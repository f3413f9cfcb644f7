package se.enkat.collection.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.collection.domain.Contact;
import se.enkat.messaging.sql.NativeSql;

/** The respondents' contacts of each organisation, to whom reminders are sent. */
@ApplicationScoped
public class ContactRepository {

  // The whole list is small (a few per organisation of the register): read it and pick.
  private static final String ALL =
      "select organisation_code, email, name from respondent_contact"
          + " order by organisation_code, email";

  /** Organisation code → its contacts (organisations without any are absent). */
  public Uni<Map<String, List<Contact>>> of(List<String> organisations) {
    return NativeSql.rows(ALL)
        .map(
            rows -> {
              Map<String, List<Contact>> byOrganisation = new LinkedHashMap<>();
              java.util.Set<String> wanted = new java.util.HashSet<>(organisations);
              for (Object[] r : rows) {
                if (!wanted.contains((String) r[0])) {
                  continue;
                }
                byOrganisation
                    .computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new Contact((String) r[1], (String) r[2]));
              }
              return byOrganisation;
            });
  }

  /** Replaces an organisation's contacts with these. */
  public Uni<Void> replace(String organisation, List<Contact> contacts) {
    List<Object[]> rows =
        contacts.stream().map(c -> new Object[] {organisation, c.email(), c.name()}).toList();
    return NativeSql.update(
            "delete from respondent_contact where organisation_code = ?1", organisation)
        .chain(
            () ->
                NativeSql.insertAll(
                    "insert into respondent_contact (organisation_code, email, name) values",
                    "(?, ?, ?)",
                    "",
                    rows))
        .replaceWithVoid();
  }
}
