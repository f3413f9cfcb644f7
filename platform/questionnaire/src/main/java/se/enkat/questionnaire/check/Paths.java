package se.enkat.questionnaire.check;

/** JSON paths into a questionnaire document, as violations report them. */
final class Paths {

  private Paths() {}

  static String section(int s) {
    return "$.sections[" + s + "]";
  }

  static String question(int s, int q) {
    return section(s) + ".questions[" + q + "]";
  }
}
