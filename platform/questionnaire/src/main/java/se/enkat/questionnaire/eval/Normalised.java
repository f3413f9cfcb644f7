package se.enkat.questionnaire.eval;

/** One raw answer turned into its typed value, or the reason it could not be. */
record Normalised(Object value, ViolationCode code, String message) {

  static Normalised ok(Object value) {
    return new Normalised(value, null, null);
  }

  static Normalised fail(ViolationCode code, String message) {
    return new Normalised(null, code, message);
  }

  boolean isOk() {
    return code == null;
  }
}
