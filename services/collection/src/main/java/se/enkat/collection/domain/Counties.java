package se.enkat.collection.domain;

import java.util.Set;

/** Sweden's 21 counties (län) by their two-digit code. */
public final class Counties {

  public static final Set<String> CODES =
      Set.of(
          "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19",
          "20", "21", "22", "23", "24", "25");

  private Counties() {}

  public static boolean isCounty(String code) {
    return code != null && CODES.contains(code);
  }
}
