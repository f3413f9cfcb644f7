package se.enkat.validation.domain;

import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.OrganisationType;

/** An organisation invited to a round: the type and county its rules see as {@code org}. */
public record Member(String code, OrganisationType type, String county) {

  public Organisation asOrganisation() {
    return new Organisation(code, type, county);
  }
}
