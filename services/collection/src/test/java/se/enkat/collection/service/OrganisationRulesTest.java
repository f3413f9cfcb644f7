package se.enkat.collection.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.enkat.common.problem.Problem;

class OrganisationRulesTest {

  @Test
  void acceptsARegionAMunicipalityAndACityDistrictOfTheirCounty() {
    assertThat(OrganisationRules.check("23", "Region Jämtland Härjedalen", "REGION", "23"))
        .isEmpty();
    assertThat(OrganisationRules.check("2584", "Kiruna", "MUNICIPALITY", "25")).isEmpty();
    assertThat(OrganisationRules.check("0180-05", "Östermalm", "CITY_DISTRICT", "01")).isEmpty();
  }

  @Test
  void aCodeOfTheWrongFormForItsTypeIsRefused() {
    assertThat(fields(OrganisationRules.check("0180", "X", "REGION", "01")))
        .containsExactly("code");
    assertThat(fields(OrganisationRules.check("180", "X", "MUNICIPALITY", "01")))
        .containsExactly("code");
    assertThat(fields(OrganisationRules.check("0180", "X", "CITY_DISTRICT", "01")))
        .containsExactly("code");
  }

  @Test
  void theCountyMustBeTheCodesFirstTwoDigitsAndARealCounty() {
    assertThat(fields(OrganisationRules.check("2584", "Kiruna", "MUNICIPALITY", "24")))
        .containsExactly("county");
    assertThat(fields(OrganisationRules.check("02", "Region Nowhere", "REGION", "02")))
        .containsExactly("county");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThat(fields(OrganisationRules.check("1", "", "KOMMUN", null)))
        .containsExactlyInAnyOrder("name", "county", "type");
  }

  private static List<String> fields(List<Problem.Violation> violations) {
    return violations.stream().map(Problem.Violation::field).toList();
  }
}
