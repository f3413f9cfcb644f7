package se.enkat.collection.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import se.enkat.collection.domain.Counties;
import se.enkat.common.problem.Problem;
import se.enkat.questionnaire.model.OrganisationType;

/**
 * What makes an organisation's code, name, type and county consistent: a region's code is its
 * county; a municipality's code has four digits starting with its county; a city district's code is
 * its municipality's code, a dash and a suffix (e.g. {@code 0180-05}).
 */
final class OrganisationRules {

  private static final Pattern REGION = Pattern.compile("\\d{2}");
  private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
  private static final Pattern CITY_DISTRICT = Pattern.compile("\\d{4}-[0-9A-Za-z]{1,20}");
  private static final int MAX_NAME = 200;

  private OrganisationRules() {}

  static List<Problem.Violation> check(String code, String name, String type, String county) {
    List<Problem.Violation> violations = new ArrayList<>();
    if (name == null || name.isBlank()) {
      violations.add(new Problem.Violation("name", "is required"));
    } else if (name.length() > MAX_NAME) {
      violations.add(new Problem.Violation("name", "must be at most 200 characters"));
    }
    if (!Counties.isCounty(county)) {
      violations.add(
          new Problem.Violation("county", "must be one of the 21 two-digit county codes"));
    }
    OrganisationType known = type == null ? null : OrganisationType.fromName(type).orElse(null);
    if (known == null) {
      violations.add(
          new Problem.Violation("type", "must be one of REGION, MUNICIPALITY, CITY_DISTRICT"));
      return violations;
    }
    Pattern format =
        switch (known) {
          case REGION -> REGION;
          case MUNICIPALITY -> MUNICIPALITY;
          case CITY_DISTRICT -> CITY_DISTRICT;
        };
    if (!format.matcher(code).matches()) {
      violations.add(new Problem.Violation("code", codeMessage(known)));
    } else if (county != null && !code.startsWith(county)) {
      violations.add(
          new Problem.Violation("county", "must be the first two digits of the code " + code));
    }
    return violations;
  }

  private static String codeMessage(OrganisationType type) {
    return switch (type) {
      case REGION -> "a region's code is its two-digit county code";
      case MUNICIPALITY -> "a municipality's code has four digits";
      case CITY_DISTRICT ->
          "a city district's code is its municipality's code, a dash and a suffix (0180-05)";
    };
  }
}
