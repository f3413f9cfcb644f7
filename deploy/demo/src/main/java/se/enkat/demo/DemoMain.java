package se.enkat.demo;

import java.nio.file.Path;

/**
 * {@code ./enkat demo}: runs the 2025 round against a running platform. Arguments: gateway URL,
 * Keycloak URL, output directory (defaults: http://localhost:8080, http://localhost:8180,
 * .enkat/demo).
 */
public final class DemoMain {

  private DemoMain() {}

  public static void main(String[] args) {
    String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
    String keycloak = args.length > 1 ? args[1] : "http://localhost:8180";
    Path output = Path.of(args.length > 2 ? args[2] : ".enkat/demo").toAbsolutePath();
    DemoSettings settings = DemoSettings.full2025(gateway, keycloak, output);
    if (System.getenv("ENKAT_DEMO_THREADS") != null) {
      settings = settings.withThreads(Integer.parseInt(System.getenv("ENKAT_DEMO_THREADS")));
    }
    try {
      DemoResult result = new DemoRunner(settings).run();
      System.exit(result.consistent() && result.yearOverYearComplete() ? 0 : 3);
    } catch (DemoException e) {
      System.err.println();
      System.err.println("enkat demo: FAILED: " + e.getMessage());
      System.exit(1);
    }
  }
}
