package se.enkat.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.OrganisationType;

/** The 21 regions and 290 municipalities the collection service preloads (test resource). */
final class Organisations2025 {

  private Organisations2025() {}

  static List<Organisation> all() {
    List<Organisation> organisations = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Organisations2025.class.getResourceAsStream("/organisations-2025.csv"),
                StandardCharsets.UTF_8))) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] cells = line.split(",");
        organisations.add(new Organisation(cells[0], OrganisationType.valueOf(cells[1]), cells[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return organisations;
  }
}
