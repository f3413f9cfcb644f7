package se.enkat.collection.service;

import se.enkat.collection.domain.Organisation;

/** An organisation as the API shows it. */
public record OrganisationView(String code, String name, String type, String county) {

  static OrganisationView of(Organisation organisation) {
    return new OrganisationView(
        organisation.code, organisation.name, organisation.type, organisation.county);
  }
}
