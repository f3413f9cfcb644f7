package se.enkat.publication.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.enkat.publication.domain.ValueRow;

class JsonStatTest {

  @Test
  void theDenseValueArrayHasTheProductOfTheSizesAndMissingCellsAreNull() {
    List<ValueRow> values =
        List.of(
            new ValueRow(
                "a", "national", "REGION", null, null, null, 19, 21, new BigDecimal("90.5")),
            new ValueRow("b", "national", "REGION", null, null, "x", 1, 4, new BigDecimal("25.0")),
            new ValueRow("b", "county", "REGION", "01", null, "y", 0, 0, null));
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("b", "Indikator B");
    labels.put("a", "Indikator A");

    ObjectNode dataset = JsonStat.dataset("test", null, values, labels);

    assertThat(dataset.get("size").toString()).isEqualTo("[2,2,3]");
    assertThat(dataset.get("value").size()).isEqualTo(12);
    assertThat(dataset.at("/dimension/indicator/category/index/b").asInt()).isZero();
    assertThat(dataset.at("/dimension/indicator/category/label/a").asText())
        .isEqualTo("Indikator A");
    // a: indicator 1, group national:REGION 0, category _ 0 → (1*2+0)*3+0 = 6
    assertThat(dataset.get("value").get(6).decimalValue()).isEqualByComparingTo("90.5");
    assertThat(dataset.at("/extension/numerator").get(6).asLong()).isEqualTo(19);
    assertThat(dataset.at("/extension/denominator").get(6).asLong()).isEqualTo(21);
    assertThat(dataset.get("value").get(7).isNull()).isTrue();
  }
}
