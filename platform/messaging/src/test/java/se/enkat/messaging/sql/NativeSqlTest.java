package se.enkat.messaging.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeSqlTest {

  @Test
  void numbersThePlaceholdersOfEveryRowOnKeepingTheCasts() {
    assertThat(NativeSql.values("(?, ?, cast(? as text))", 2))
        .isEqualTo(" (?1, ?2, cast(?3 as text)), (?4, ?5, cast(?6 as text))");
  }

  @Test
  void chunksKeepTheOrderAndTheRemainder() {
    assertThat(Chunks.of(List.of(1, 2, 3, 4, 5), 2))
        .containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
    assertThat(Chunks.of(List.of(), 2)).isEmpty();
  }
}
