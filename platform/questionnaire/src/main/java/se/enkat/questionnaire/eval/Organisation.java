package se.enkat.questionnaire.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import se.enkat.questionnaire.model.OrganisationType;

/** The respondent an answer set belongs to, as rules see it through {@code org}. */
public record Organisation(String code, OrganisationType type, String county) {

  public Organisation {
    Objects.requireNonNull(type, "organisation type");
  }

  /** The {@code org} variable of a rule: code, type and county as strings. */
  public Map<String, String> asRuleVariable() {
    Map<String, String> org = new HashMap<>(4);
    if (code != null) {
      org.put("code", code);
    }
    org.put("type", type.name());
    if (county != null) {
      org.put("county", county);
    }
    return org;
  }
}
