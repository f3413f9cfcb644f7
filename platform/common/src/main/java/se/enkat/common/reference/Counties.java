package se.enkat.common.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sweden's 21 counties (län) with SCB's two-digit codes, in code order. */
public final class Counties {

  public static final List<County> ALL =
      List.of(
          new County("01", "Stockholms län"),
          new County("03", "Uppsala län"),
          new County("04", "Södermanlands län"),
          new County("05", "Östergötlands län"),
          new County("06", "Jönköpings län"),
          new County("07", "Kronobergs län"),
          new County("08", "Kalmar län"),
          new County("09", "Gotlands län"),
          new County("10", "Blekinge län"),
          new County("12", "Skåne län"),
          new County("13", "Hallands län"),
          new County("14", "Västra Götalands län"),
          new County("17", "Värmlands län"),
          new County("18", "Örebro län"),
          new County("19", "Västmanlands län"),
          new County("20", "Dalarnas län"),
          new County("21", "Gävleborgs län"),
          new County("22", "Västernorrlands län"),
          new County("23", "Jämtlands län"),
          new County("24", "Västerbottens län"),
          new County("25", "Norrbottens län"));

  private static final Map<String, String> NAMES = new LinkedHashMap<>();

  static {
    ALL.forEach(c -> NAMES.put(c.code(), c.name()));
  }

  private Counties() {}

  /** The county's name, or null for a code that is not a county (or null). */
  public static String name(String code) {
    return code == null ? null : NAMES.get(code);
  }
}
