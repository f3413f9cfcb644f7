package se.enkat.publication.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void quotesOnlyFieldsThatNeedItAndDoublesQuotes() {
    assertThat(CsvWriter.field("Kiruna")).isEqualTo("Kiruna");
    assertThat(CsvWriter.field("Malmö, stad")).isEqualTo("\"Malmö, stad\"");
    assertThat(CsvWriter.field("say \"ja\"")).isEqualTo("\"say \"\"ja\"\"\"");
    assertThat(CsvWriter.field("rad 1\nrad 2")).isEqualTo("\"rad 1\nrad 2\"");
    assertThat(CsvWriter.field(null)).isEmpty();
    assertThat(CsvWriter.field(new BigDecimal("1E+1"))).isEqualTo("10");
  }

  @Test
  void textASpreadsheetWouldRunAsAFormulaGetsALeadingApostrophe() {
    assertThat(CsvWriter.field("=HYPERLINK(\"http://evil\",\"x\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    assertThat(CsvWriter.field("+46 70")).isEqualTo("'+46 70");
    assertThat(CsvWriter.field("-1+1")).isEqualTo("'-1+1");
    assertThat(CsvWriter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvWriter.field("\tcmd")).isEqualTo("'\tcmd");
    assertThat(CsvWriter.field("\rcmd")).isEqualTo("\"'\rcmd\"");
    assertThat(CsvWriter.field("Bra, = inget att tillägga"))
        .isEqualTo("\"Bra, = inget att tillägga\"");
    // Numbers are numbers, not text: a negative value stays a negative value.
    assertThat(CsvWriter.field(new BigDecimal("-2.5"))).isEqualTo("-2.5");
    assertThat(CsvWriter.field(-3L)).isEqualTo("-3");
  }

  @Test
  void writesABomThenCrlfTerminatedLines() throws Exception {
    Table table =
        new Table(
            "t",
            List.of("a", "b"),
            sink -> {
              sink.row(Arrays.asList("å", null));
              sink.row(Arrays.asList(1L, "x,y"));
            });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter.write(table, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b\r\nå,\r\n1,\"x,y\"\r\n");
  }
}
