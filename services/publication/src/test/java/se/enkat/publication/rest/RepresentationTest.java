package se.enkat.publication.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.enkat.common.problem.ProblemException;

class RepresentationTest {

  private static final Set<Representation> ALL = EnumSet.allOf(Representation.class);
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Test
  void theFormatParameterWinsOverAccept() {
    assertThat(Representation.choose("csv", "application/json", ALL)).isEqualTo(Representation.CSV);
    assertThat(Representation.choose("JSONSTAT", null, ALL)).isEqualTo(Representation.JSONSTAT);
  }

  @Test
  void acceptIsHonouredWithQualityValues() {
    assertThat(Representation.choose(null, null, ALL)).isEqualTo(Representation.JSON);
    assertThat(Representation.choose(null, "*/*", ALL)).isEqualTo(Representation.JSON);
    assertThat(Representation.choose(null, "text/csv", ALL)).isEqualTo(Representation.CSV);
    assertThat(Representation.choose(null, "text/*", ALL)).isEqualTo(Representation.CSV);
    assertThat(Representation.choose(null, XLSX, ALL)).isEqualTo(Representation.XLSX);
    assertThat(Representation.choose(null, "application/json;q=0.5, text/csv", ALL))
        .isEqualTo(Representation.CSV);
    assertThat(Representation.choose(null, "text/html, application/json;q=0.1", ALL))
        .isEqualTo(Representation.JSON);
  }

  @Test
  void nothingAcceptableIs406AndAnUnknownFormatIs400() {
    assertThatThrownBy(() -> Representation.choose(null, "application/pdf", ALL))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(406));
    assertThatThrownBy(() -> Representation.choose(null, "text/csv;q=0", ALL))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(406));
    assertThatThrownBy(() -> Representation.choose("pdf", null, ALL))
        .isInstanceOfSatisfying(
            ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(400));
    assertThatThrownBy(
            () -> Representation.choose("jsonstat", null, EnumSet.of(Representation.JSON)))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void ifNoneMatchComparesWeaklyAndAcceptsLists() {
    assertThat(Caching.notModified("\"abc\"", "abc")).isTrue();
    assertThat(Caching.notModified("W/\"abc\", \"def\"", "def")).isTrue();
    assertThat(Caching.notModified("W/\"abc\"", "abc")).isTrue();
    assertThat(Caching.notModified("*", "abc")).isTrue();
    assertThat(Caching.notModified("\"abcd\"", "abc")).isFalse();
    assertThat(Caching.notModified(null, "abc")).isFalse();
  }
}
