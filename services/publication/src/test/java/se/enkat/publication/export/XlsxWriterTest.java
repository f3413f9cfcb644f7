package se.enkat.publication.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"Klicka\")";

  @Test
  void textThatLooksLikeAFormulaIsWrittenAsATextCellNeverAsAFormula() throws Exception {
    Table table =
        new Table(
            "answers",
            List.of("code", "comment:q1", "q2"),
            sink -> sink.row(Arrays.asList("0180", FORMULA, new BigDecimal("-2"))));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWriter.write(List.of(table), out);

    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.STRING);
      assertThat(rows.get(1).getCell(1).getText()).isEqualTo(FORMULA);
      assertThat(rows.get(1).getCell(1).getFormula()).isNull();
      assertThat(rows.get(1).getCell(2).getType()).isEqualTo(CellType.NUMBER);
    }
    String sheet = sheetXml(out.toByteArray());
    assertThat(sheet).doesNotContain("<f>").doesNotContain("<f ");
    assertThat(sheet).contains("t=\"inlineStr\"");
  }

  // Through the central directory (ZipFile), as spreadsheet programs read it.
  private static String sheetXml(byte[] xlsx) throws Exception {
    Path file = Files.createTempFile("formula", ".xlsx");
    try {
      Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
        assertThat(sheet).as("the first sheet").isNotNull();
        return new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
