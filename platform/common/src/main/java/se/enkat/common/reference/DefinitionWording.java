package se.enkat.common.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An indicator's definition in words ({@code {sv, en}}): what is counted, over whom. Defaults say
 * it from their question; a custom indicator's {@code description} is its definition, and one
 * without a description gets one from the questions its expressions name. The indicator and
 * publication services both word it this way, so the admin library and the published one agree.
 */
public final class DefinitionWording {

  /** What the wording needs of one question: its text and type. */
  public record QuestionText(Text text, String type) {}

  private DefinitionWording() {}

  /**
   * @param kind {@code DEFAULT} or {@code CUSTOM}
   * @param description the custom indicator's description, or null
   * @param distribution true for a distribution over a single-choice question's choices
   * @param sourceQuestions the question ids the indicator reads
   * @param questions the round's questions by id (a missing one is named by its id)
   */
  public static Text of(
      String kind,
      Text description,
      boolean distribution,
      List<String> sourceQuestions,
      Map<String, QuestionText> questions) {
    if (!"DEFAULT".equals(kind) && description != null && !blank(description)) {
      return description;
    }
    if ("DEFAULT".equals(kind) && sourceQuestions.size() == 1) {
      String id = sourceQuestions.get(0);
      QuestionText q = questions.get(id);
      Text text = text(id, q);
      if (distribution) {
        return new Text(
            "Fördelningen av svaren på frågan ”"
                + text.sv()
                + "”: andelen som valt vart och ett av svarsalternativen, bland dem som besvarat"
                + " frågan.",
            "The distribution of the answers to the question “"
                + text.en()
                + "”: the share that chose each of the choices, among those that answered it.");
      }
      boolean dontKnow = q != null && "yes_no_dontknow".equals(q.type());
      return new Text(
          "Andelen som svarat ja på frågan ”"
              + text.sv()
              + "”, bland dem som besvarat frågan"
              + (dontKnow ? " (”vet inte” räknas i nämnaren)." : "."),
          "The share that answered yes to the question “"
              + text.en()
              + "”, among those that answered it"
              + (dontKnow ? " (“don't know” counts in the denominator)." : "."));
    }
    List<String> sv = new ArrayList<>();
    List<String> en = new ArrayList<>();
    for (String id : sourceQuestions) {
      Text text = text(id, questions.get(id));
      sv.add("”" + text.sv() + "”");
      en.add("“" + text.en() + "”");
    }
    String svList =
        sv.isEmpty()
            ? ""
            : ", räknat ur svaren på "
                + (sv.size() == 1 ? "frågan " : "frågorna ")
                + String.join("; ", sv);
    String enList = en.isEmpty() ? "" : ", counted from the answers to " + String.join("; ", en);
    return new Text(
        "Andelen svarande som uppfyller täljarens villkor, bland dem som uppfyller nämnarens"
            + " villkor"
            + svList
            + ".",
        "The share of respondents that meet the numerator's condition, among those that meet the"
            + " denominator's"
            + enList
            + ".");
  }

  private static Text text(String id, QuestionText question) {
    if (question == null || question.text() == null) {
      return new Text(id, id);
    }
    Text text = question.text();
    String sv = text.sv() == null || text.sv().isBlank() ? id : text.sv().strip();
    String en = text.en() == null || text.en().isBlank() ? sv : text.en().strip();
    return new Text(sv, en);
  }

  private static boolean blank(Text text) {
    return (text.sv() == null || text.sv().isBlank()) && (text.en() == null || text.en().isBlank());
  }
}
