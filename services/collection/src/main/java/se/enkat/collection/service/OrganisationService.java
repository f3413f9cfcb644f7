package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import se.enkat.collection.domain.Organisation;
import se.enkat.collection.repository.OrganisationRepository;
import se.enkat.collection.rest.OrganisationView;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;
import se.enkat.questionnaire.model.OrganisationType;

/** Reads and maintains the register of organisations. */
@ApplicationScoped
public class OrganisationService {

  private final OrganisationRepository organisations;

  OrganisationService(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  /** The organisations of a type and county (either may be null); 400 for an unknown type. */
  @WithSession
  public Uni<List<OrganisationView>> list(String type, String county) {
    if (type != null && OrganisationType.fromName(type).isEmpty()) {
      throw ProblemException.invalid("type", "must be one of REGION, MUNICIPALITY, CITY_DISTRICT");
    }
    return organisations
        .search(type, county)
        .map(list -> list.stream().map(OrganisationService::view).toList());
  }

  @WithSession
  public Uni<OrganisationView> get(String code) {
    return organisations
        .findById(code)
        .onItem()
        .ifNull()
        .failWith(() -> ProblemException.notFound("No organisation has the code " + code + "."))
        .map(OrganisationService::view);
  }

  /** Creates or updates an organisation; emits whether it was created. */
  @WithTransaction
  public Uni<Saved> put(String code, String name, String type, String county) {
    List<Problem.Violation> violations = OrganisationRules.check(code, name, type, county);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid("The organisation is not valid.", violations);
    }
    return organisations
        .findById(code)
        .chain(
            existing -> {
              Organisation organisation = existing == null ? new Organisation() : existing;
              organisation.code = code;
              organisation.name = name.strip();
              organisation.type = type;
              organisation.county = county;
              organisation.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
              return organisations
                  .persist(organisation)
                  .map(saved -> new Saved(view(saved), existing == null));
            });
  }

  /** An organisation after a PUT, and whether the PUT created it. */
  public record Saved(OrganisationView organisation, boolean created) {}

  /** The organisation as the API shows it. */
  static OrganisationView view(Organisation organisation) {
    return new OrganisationView(
        organisation.code, organisation.name, organisation.type, organisation.county);
  }
}
