package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.collection.domain.Organisation;
import se.enkat.collection.repository.OrganisationRepository;

/** Reads and maintains the register of organisations. */
@ApplicationScoped
public class OrganisationService {

  private final OrganisationRepository organisations;

  OrganisationService(OrganisationRepository organisations) {
    this.organisations = organisations;
  }

  @WithSession
  public Uni<List<Organisation>> list(String type, String county) {
    return organisations.search(type, county);
  }
}
