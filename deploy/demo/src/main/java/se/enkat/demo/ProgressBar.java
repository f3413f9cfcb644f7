package se.enkat.demo;

import java.io.PrintStream;

/**
 * {@code [#####.....] 140/281}: redrawn in place on a terminal; elsewhere (a pipe, a test log) one
 * line per tenth of the way.
 */
final class ProgressBar {

  private static final int WIDTH = 40;

  private final PrintStream out;
  private final boolean terminal;
  private final String label;
  private final int total;
  private int done;
  private int lastTenth = -1;

  ProgressBar(PrintStream out, boolean terminal, String label, int total) {
    this.out = out;
    this.terminal = terminal;
    this.label = label;
    this.total = total;
  }

  synchronized void step() {
    done++;
    int tenth = total == 0 ? 10 : done * 10 / total;
    if (terminal) {
      out.print("\r" + render(done, total) + (done == total ? System.lineSeparator() : ""));
      out.flush();
    } else if (tenth != lastTenth) {
      out.println(render(done, total));
      lastTenth = tenth;
    }
  }

  String render(int done, int total) {
    int filled = total == 0 ? WIDTH : done * WIDTH / total;
    return "  "
        + label
        + " ["
        + "#".repeat(filled)
        + ".".repeat(WIDTH - filled)
        + "] "
        + done
        + "/"
        + total;
  }
}
