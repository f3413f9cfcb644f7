package se.enkat.collection.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import se.enkat.common.problem.ProblemException;

class CallerTest {

  @Test
  void aRespondentActsOnlyForTheOrganisationInItsToken() {
    Caller stockholm = Caller.respondent("0180");
    assertThat(stockholm.mayActFor("0180")).isTrue();
    assertThat(stockholm.mayActFor("0114")).isFalse();
    assertThat(stockholm.mayActFor("01")).isFalse();
    assertThatThrownBy(() -> stockholm.requireActFor("0114"))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(403));
  }

  @Test
  void aRespondentWithoutAnOrganisationActsForNobody() {
    Caller nobody = Caller.respondent(null);
    assertThat(nobody.mayActFor("0180")).isFalse();
    assertThat(nobody.mayActFor(null)).isFalse();
    assertThatThrownBy(nobody::requireOrganisation).isInstanceOf(ProblemException.class);
  }

  @Test
  void anAdministratorActsForEveryOrganisation() {
    assertThat(Caller.administrator().mayActFor("2584")).isTrue();
  }
}
