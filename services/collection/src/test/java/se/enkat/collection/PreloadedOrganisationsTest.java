package se.enkat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.enkat.collection.domain.Counties;

/** The preload migration itself: 21 regions and 290 municipalities, consistent codes. */
class PreloadedOrganisationsTest {

  private static final Pattern ROW =
      Pattern.compile("\\('([^']+)', '([^']+)', '([A-Z_]+)', '([^']+)'\\)");

  record Row(String code, String name, String type, String county) {}

  @Test
  void everyMunicipalityHasAFourDigitCodeStartingWithItsCounty() throws IOException {
    List<Row> municipalities =
        rows().stream().filter(r -> r.type().equals("MUNICIPALITY")).toList();
    assertThat(municipalities).hasSize(290);
    assertThat(municipalities.stream().map(Row::code).distinct()).hasSize(290);
    assertThat(municipalities)
        .allSatisfy(
            r -> {
              assertThat(r.code()).matches("\\d{4}");
              assertThat(r.code()).startsWith(r.county());
              assertThat(Counties.isCounty(r.county())).isTrue();
            });
  }

  @Test
  void everyCountyHasItsRegionAndAtLeastOneMunicipality() throws IOException {
    List<Row> rows = rows();
    List<Row> regions = rows.stream().filter(r -> r.type().equals("REGION")).toList();
    assertThat(regions).hasSize(21);
    assertThat(regions).allSatisfy(r -> assertThat(r.code()).isEqualTo(r.county()));
    assertThat(regions.stream().map(Row::code)).containsExactlyInAnyOrderElementsOf(Counties.CODES);
    for (String county : Counties.CODES) {
      assertThat(rows).anySatisfy(r -> assertThat(r.code()).startsWith(county).hasSize(4));
    }
    assertThat(rows.stream().filter(r -> r.county().equals("23") && r.code().length() == 4))
        .hasSize(8);
  }

  private static List<Row> rows() throws IOException {
    try (InputStream in =
        PreloadedOrganisationsTest.class
            .getClassLoader()
            .getResourceAsStream("db/migration/V2__preload_regions_and_municipalities.sql")) {
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<Row> rows = new ArrayList<>();
      Matcher m = ROW.matcher(sql);
      while (m.find()) {
        rows.add(new Row(m.group(1), m.group(2), m.group(3), m.group(4)));
      }
      return rows;
    }
  }
}
