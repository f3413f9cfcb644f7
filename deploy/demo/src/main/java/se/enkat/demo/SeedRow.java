package se.enkat.demo;

import java.util.List;
import se.enkat.questionnaire.model.OrganisationType;

/**
 * One row of a table in the seed (docs/questionnaire-2025.md): what is counted, and the n and the
 * percentage the seed prints for regions and for municipalities.
 *
 * @param chain the yes/no questions that must all be "yes" (one question for a share of yes, the
 *     whole chain for a composite such as "documented AND part of the management system")
 * @param category the choice counted, for a single-choice distribution; null otherwise
 * @param indicator the published indicator id that carries this figure
 */
public record SeedRow(
    String table,
    String label,
    List<String> chain,
    String category,
    String indicator,
    Printed regions,
    Printed municipalities) {

  /** The seed's n (as printed, or assumed where the seed prints none) and percentage. */
  public record Printed(int n, int percent, boolean nPrinted) {}

  /** The question whose answer is counted: the last of the chain. */
  public String question() {
    return chain.get(chain.size() - 1);
  }

  /** True for a composite: more than one question must be "yes". */
  public boolean composite() {
    return chain.size() > 1;
  }

  public Printed printed(OrganisationType type) {
    return type == OrganisationType.REGION ? regions : municipalities;
  }
}
