package se.enkat.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import se.enkat.questionnaire.model.OrganisationType;

/**
 * Where the platform is and what to run.
 *
 * @param organisations the invited organisation codes, or null for every region and municipality
 * @param responding how many of each type answer, or null for 2025's 21 regions and 260
 *     municipalities
 * @param terminal true to redraw the progress bar in place
 */
public record DemoSettings(
    String gatewayUrl,
    String keycloakUrl,
    String keycloakAdminUser,
    String keycloakAdminPassword,
    String roundId,
    List<String> organisations,
    Map<OrganisationType, Integer> responding,
    long seed,
    int threads,
    Path outputDir,
    Duration timeout,
    PrintStream out,
    boolean terminal) {

  /** The 2025 round for every region and municipality, as {@code ./enkat demo} runs it. */
  public static DemoSettings full2025(String gatewayUrl, String keycloakUrl, Path outputDir) {
    return new DemoSettings(
        gatewayUrl,
        keycloakUrl,
        "admin",
        "admin",
        "patientsakerhet-2025",
        null,
        null,
        DemoPlan.DEFAULT_SEED,
        8,
        outputDir,
        Duration.ofMinutes(5),
        System.out,
        System.console() != null);
  }

  /** The same flow for a few organisations, of which {@code responding} answer. */
  public DemoSettings withPopulation(
      String roundId, List<String> organisations, Map<OrganisationType, Integer> responding) {
    return new DemoSettings(
        gatewayUrl,
        keycloakUrl,
        keycloakAdminUser,
        keycloakAdminPassword,
        roundId,
        List.copyOf(organisations),
        Map.copyOf(responding),
        seed,
        threads,
        outputDir,
        timeout,
        out,
        terminal);
  }

  public DemoSettings withOutput(PrintStream out, boolean terminal) {
    return new DemoSettings(
        gatewayUrl,
        keycloakUrl,
        keycloakAdminUser,
        keycloakAdminPassword,
        roundId,
        organisations,
        responding,
        seed,
        threads,
        outputDir,
        timeout,
        out,
        terminal);
  }

  public DemoSettings withThreads(int threads) {
    return new DemoSettings(
        gatewayUrl,
        keycloakUrl,
        keycloakAdminUser,
        keycloakAdminPassword,
        roundId,
        organisations,
        responding,
        seed,
        threads,
        outputDir,
        timeout,
        out,
        terminal);
  }

  boolean full2025() {
    return organisations == null && responding == null;
  }
}
